/**
 * What the dossier page's forms do (an event recorded, an exhibit uploaded or removed, the court
 * confirmed, the dossier deleted): every form is read as it enters (app/saisie.ts), refused with a
 * French message that shows back what was typed, and written version-checked.
 */
import { data, redirect } from "react-router";
import { JuridictionSaisieSchema } from "../../../domain/dossier/dossier.schema";
import { type ErreurChamp, erreursChamps } from "../../../domain/validation/zod-fr";
import type { Services } from "../../contexte";
import { ConflitDeVersion, chargerDossier, modifierOptions, statutDuDossier } from "../../db/dossiers.server";
import { ERREUR_VERSION, lireVersion, type Valeurs, valeursNettoyees } from "../../saisie";
import { envoyerEvenement } from "../../services/parcours-dossier.server";
import { supprimerDossierEtFichiers, supprimerPiece, televerserPiece } from "../../services/pieces.server";
import { CorpsIllisible, lireFormulaireAvecFichiers } from "../../televersement.server";
import { lireEvenement } from "./evenement.server";

export const RIEN = {
  code: "",
  erreurs: [] as ErreurChamp[],
  raison: null as string | null,
  conflit: null as string | null,
  enregistre: false,
  piece: null as { erreurs: ErreurChamp[]; intitule: string; date: string } | null,
  valeurs: {} as Valeurs,
  juridiction: null as { erreurs: ErreurChamp[]; nom: string; adresseGreffe: string } | null,
  juridictionEnregistree: false,
};

export async function actionDuDossier(s: Services, id: string, request: Request) {
  const max = s.config.pieceTailleMaxOctets;
  if (Number(request.headers.get("content-length") ?? 0) > 4 * max + 1_048_576) {
    // Far beyond any exhibit: refused before reading (the file input is the only large field).
    return data(
      {
        ...RIEN,
        piece: {
          erreurs: [{ champ: "fichier", message: `le fichier dépasse la limite de ${Math.round(max / 1_048_576)} Mo` }],
          intitule: "",
          date: "",
        },
      },
      { status: 413 },
    );
  }
  let recu: Awaited<ReturnType<typeof lireFormulaireAvecFichiers>>;
  try {
    recu = await lireFormulaireAvecFichiers(request, max);
  } catch (e) {
    if (e instanceof CorpsIllisible) throw data("Formulaire illisible.", { status: 400 });
    throw e;
  }
  const { form, fichiers } = recu;
  const { valeurs, erreurs: invisibles } = valeursNettoyees(form, ["version"]);
  const intention = valeurs.intention ?? "evenement";
  if (intention === "supprimer-dossier") {
    if ((await statutDuDossier(s.base.db, id)) === null) throw data(null, { status: 404 });
    if (valeurs.confirmer !== "oui")
      return data(
        { ...RIEN, suppression: "Cochez la case pour confirmer la suppression définitive." },
        { status: 400 },
      );
    await supprimerDossierEtFichiers(s, id);
    throw redirect("/dossiers?supprime=1");
  }
  if (intention === "piece") {
    const intitule = valeurs.intitule ?? "";
    const date = valeurs.datePiece ?? "";
    if (!(await chargerDossier(s.base.db, id))) throw data(null, { status: 404 });
    if (invisibles.length) return data({ ...RIEN, piece: { erreurs: invisibles, intitule, date } }, { status: 400 });
    const r = await televerserPiece(s, id, {
      intitule,
      date,
      fichier: fichiers.get("fichier"),
      aujourdhui: s.aujourdhui(),
    });
    if (!r.ok) {
      const tropGrand = fichiers.get("fichier")?.tropGrand === true;
      return data({ ...RIEN, piece: { erreurs: r.erreurs, intitule, date } }, { status: tropGrand ? 413 : 400 });
    }
    return { ...RIEN, pieceAjoutee: intitule };
  }
  if (intention === "juridiction") {
    const saisie = { nom: valeurs.juridictionNom ?? "", adresseGreffe: valeurs.juridictionAdresse ?? "" };
    const refusJuridiction = (statut: number, erreurs: ErreurChamp[]) =>
      data({ ...RIEN, juridiction: { erreurs, ...saisie } }, { status: statut });
    if (invisibles.length) return refusJuridiction(400, invisibles);
    const version = lireVersion(form.get("version"));
    if (version === null) return refusJuridiction(400, [ERREUR_VERSION]);
    const lu = JuridictionSaisieSchema.safeParse(saisie);
    if (!lu.success)
      return refusJuridiction(
        400,
        erreursChamps(lu.error).map((e) => ({
          champ: e.champ === "nom" ? "juridictionNom" : "juridictionAdresse",
          message: e.message,
        })),
      );
    const d = await chargerDossier(s.base.db, id);
    if (!d) throw data(null, { status: 404 });
    try {
      await modifierOptions(s.base.db, id, version, { ...d.dossier.options, juridictionSaisie: lu.data });
    } catch (e) {
      if (!(e instanceof ConflitDeVersion)) throw e;
      return refusJuridiction(409, [
        { champ: "version", message: `${e.message} Rechargez la page ; votre saisie est conservée ci-dessous.` },
      ]);
    }
    return { ...RIEN, juridictionEnregistree: true };
  }
  if (intention === "retirer-piece") {
    await supprimerPiece(s, id, valeurs.piece ?? "");
    return RIEN;
  }
  const code = valeurs.type ?? "";
  const refus = (statut: number, champs: Partial<typeof RIEN>) =>
    data({ ...RIEN, code, valeurs, ...champs }, { status: statut });
  if (invisibles.length) return refus(400, { erreurs: invisibles });
  const version = lireVersion(form.get("version"));
  if (version === null) return refus(400, { erreurs: [ERREUR_VERSION] });
  const lu = lireEvenement(valeurs, s.aujourdhui());
  if ("erreurs" in lu) return refus(400, { erreurs: lu.erreurs });
  const d = await chargerDossier(s.base.db, id);
  if (!d) throw data(null, { status: 404 });
  try {
    const r = await envoyerEvenement(s.base.db, d, version, lu.evenement, s.aujourdhui());
    if (!r.ok) return refus(409, { raison: r.raison });
    return { ...RIEN, code, enregistre: true };
  } catch (e) {
    if (e instanceof ConflitDeVersion) {
      return refus(409, { conflit: `${e.message} Rechargez la page : la liste des actions possibles a pu changer.` });
    }
    throw e;
  }
}
