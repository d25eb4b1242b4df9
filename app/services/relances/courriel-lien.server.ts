/**
 * Invitations, password resets and lawyers' invitations by email when SMTP is configured (issue 14):
 * the link still shows on the page, and the page says whether the email left.
 */
import type { Services } from "../../contexte";
import { expediteurDe } from "../../db/relances.server";
import { transportDe } from "./envoi.server";
import { adresseExpedition } from "./planificateur.server";

export type NatureCourrielLien = "invitation" | "reinitialisation" | "avocat";

const OBJETS: Record<NatureCourrielLien, string> = {
  invitation: "Invitation à rejoindre {organisation} sur Recouvrement",
  reinitialisation: "Choisir un nouveau mot de passe — Recouvrement",
  avocat: "Un dossier vous est confié par {organisation} — Recouvrement",
};

const TEXTES: Record<NatureCourrielLien, string> = {
  invitation: "{qui} vous invite à rejoindre {organisation} sur Recouvrement ({detail}).",
  reinitialisation: "{qui} vous envoie un lien pour choisir un nouveau mot de passe sur Recouvrement.",
  avocat: "{qui} ({organisation}) vous confie le dossier {detail} sur Recouvrement.",
};

/** Sends the link; returns the sentence the page shows (sent, or why not). */
export async function envoyerLienParCourriel(
  s: Services,
  o: {
    nature: NatureCourrielLien;
    a: string;
    url: string;
    expireLe: string;
    qui: string;
    organisation: string;
    detail?: string;
  },
): Promise<string | null> {
  const transport = transportDe(s.config.smtpUrl);
  if (!transport) return null;
  const expediteur = await expediteurDe(s.base.db, s.organisationId);
  const adresse = adresseExpedition(s, expediteur);
  if (!adresse) return "Courriel non envoyé : aucune adresse d'expédition (page Plans de relance) ; copiez le lien.";
  const remplir = (t: string) =>
    t
      .replaceAll("{qui}", o.qui)
      .replaceAll("{organisation}", o.organisation)
      .replaceAll("{detail}", o.detail ?? "");
  const texte = `Bonjour,\n\n${remplir(TEXTES[o.nature])}\n\nOuvrez ce lien, valable une fois jusqu'au ${o.expireLe} :\n${o.url}\n\nSi vous n'attendiez pas ce message, ignorez-le.\n`;
  try {
    await transport.sendMail({
      from: { name: expediteur.nom ?? "Recouvrement", address: adresse },
      to: o.a,
      subject: remplir(OBJETS[o.nature]),
      text: texte,
    });
    return `Courriel envoyé à ${o.a}.`;
  } catch (e) {
    return `Courriel non envoyé (${(e as Error).message.slice(0, 120)}) : copiez le lien.`;
  }
}
