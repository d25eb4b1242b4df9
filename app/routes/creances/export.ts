/** Resource route /creances.csv — the aged balance, one line per debtor; no cell can run as a formula. */
import { exigerCompte } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { celluleSure, grandLivre, LIBELLES_TRANCHES, TRANCHES } from "../../services/creances.server";
import type { Route } from "./+types/export";

const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export async function loader({ context, request }: Route.LoaderArgs) {
  const { s } = await exigerCompte(context.get(servicesContext), request);
  const livre = await grandLivre(s);
  const lignes = [
    ["Débiteur", "Dossiers", ...TRANCHES.map((t) => LIBELLES_TRANCHES[t]), "Total"],
    ...[...livre.debiteurs]
      .sort((a, b) => b.totalCents - a.totalCents)
      .map((d) => [
        d.nom,
        d.dossiers.map((x) => x.reference).join(" "),
        ...TRANCHES.map((t) => euros(d.tranches[t])),
        euros(d.totalCents),
      ]),
    ["Total", "", ...TRANCHES.map((t) => euros(livre.tranches[t])), euros(livre.totalCents)],
  ];
  const texte = `\uFEFF${lignes.map((l) => l.map(celluleSure).join(";")).join("\r\n")}\r\n`;
  return new Response(texte, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="balance-agee-${livre.aujourdhui}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
