/**
 * What the dossier page's forms do (an event recorded, an exhibit uploaded or removed, the court
 * confirmed, the dossier deleted): every form is read as it enters (app/saisie.ts), refused with a
 * French message that shows back what was typed, and written version-checked.
 */
import { data, redirect } from "react-router";
import { JuridictionSaisieSchema } from "../../../domain/dossier/dossier.schema";
import { texteLibre } from "../../../domain/validation/texte.schema";
import { type ErreurChamp, erreursChamps, z } from "../../../domain/validation/zod-fr";
import { nomPartie } from "../../../templates/_shared/lettre";
import { lirePartie } from "../../assistant/lecture";
import { permissionDeLEvenement } from "../../comptes/permissions";
import { auteurDe, autoriser, type Compte } from "../../comptes/session.server";
import type { Services } from "../../contexte";
import { ajouterNote, revoquerAcces } from "../../db/avocats.server";
import type { Role } from "../../db/comptes.server";
import { ConflitDeVersion, chargerDossier, modifierOptions, statutDuDossier } from "../../db/dossiers.server";
import { creerLien, noterAudit } from "../../db/equipes.server";
import { planParId, reglerRelancesDuDossier } from "../../db/relances.server";
import { instant } from "../../instant";
import { ERREUR_VERSION, lireVersion, type Valeurs, valeursNettoyees } from "../../saisie";
import { envoyerEvenement, modifierEtRecalculer } from "../../services/parcours-dossier.server";
import { supprimerDossierEtFichiers, supprimerPiece, televerserPiece } from "../../services/pieces.server";
import { envoyerLienParCourriel } from "../../services/relances/courriel-lien.server";
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
  note: null as { erreurs: ErreurChamp[]; texte: string } | null,
  noteAjoutee: false,
  avocat: null as { erreurs: ErreurChamp[]; email: string } | null,
  lienAvocat: null as { url: string; email: string; expireLe: string; courriel: string | null } | null,
  relances: null as string | null,
  debiteur: null as { erreurs: ErreurChamp[]; valeurs: Valeurs } | null,
  debiteurEnregistre: false,
};

const NoteSchema = z.object({ texte: texteLibre(4000).min(1, "la note est vide") });
const EmailSchema = z.object({
  email: z.email("indiquez une adresse électronique valide, par exemple avocat@cabinet.fr").max(200),
});

/** Who acts on the dossier: checked intention by intention against the permission table. */
export type Acteur = { compte: Compte; role: Role; adresse: string };

export async function actionDuDossier(s: Services, id: string, request: Request, acteur: Acteur) {
  const qui = auteurDe(acteur.compte, acteur.role, acteur.adresse);
  const audit = (action: Parameters<typeof noterAudit>[3], objet: string) =>
    noterAudit(s.base.db, s.organisationId, qui, action, objet);
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
    autoriser(acteur.role, "dossier.modifier");
    if ((await statutDuDossier(s.base.db, id)) === null) throw data(null, { status: 404 });
    if (valeurs.confirmer !== "oui")
      return data(
        { ...RIEN, suppression: "Cochez la case pour confirmer la suppression définitive." },
        { status: 400 },
      );
    const reference = (await chargerDossier(s.base.db, id))?.reference ?? id;
    await supprimerDossierEtFichiers(s, id);
    await audit("suppression.dossier", `dossier ${reference}`);
    throw redirect("/dossiers?supprime=1");
  }
  if (intention === "note") {
    autoriser(acteur.role, "dossier.note");
    const texte = valeurs.texte ?? "";
    if (invisibles.length) return data({ ...RIEN, note: { erreurs: invisibles, texte } }, { status: 400 });
    const lu = NoteSchema.safeParse({ texte });
    if (!lu.success) return data({ ...RIEN, note: { erreurs: erreursChamps(lu.error), texte } }, { status: 400 });
    await ajouterNote(s.base.db, id, qui, lu.data.texte);
    return { ...RIEN, noteAjoutee: true };
  }
  if (intention === "confier-avocat") {
    autoriser(acteur.role, "dossier.confier");
    const email = (valeurs.email ?? "").trim();
    const lu = EmailSchema.safeParse({ email });
    if (!lu.success) return data({ ...RIEN, avocat: { erreurs: erreursChamps(lu.error), email } }, { status: 400 });
    const d = await chargerDossier(s.base.db, id);
    if (!d) throw data(null, { status: 404 });
    const { jeton, expireLe } = await creerLien(s.base.db, {
      nature: "avocat",
      email: lu.data.email,
      organisationId: s.organisationId,
      dossierId: id,
      creePar: acteur.compte.utilisateurId,
    });
    await audit("avocat.invite", `dossier ${d.reference} → ${lu.data.email.toLowerCase()}`);
    const lienAvocat = {
      url: `${s.config.origine}/invitation/${jeton}`,
      email: lu.data.email.toLowerCase(),
      expireLe: instant(expireLe),
    };
    const courriel = await envoyerLienParCourriel(s, {
      nature: "avocat",
      a: lienAvocat.email,
      url: lienAvocat.url,
      expireLe: lienAvocat.expireLe,
      qui: acteur.compte.nom,
      organisation: nomPartie(d.dossier.creancier),
      detail: `${d.reference} (${nomPartie(d.dossier.debiteur)})`,
    });
    return { ...RIEN, lienAvocat: { ...lienAvocat, courriel } };
  }
  if (intention === "revoquer-avocat") {
    autoriser(acteur.role, "dossier.confier");
    const d = await chargerDossier(s.base.db, id);
    if (!d) throw data(null, { status: 404 });
    const avocat = await revoquerAcces(s.base.db, id, valeurs.acces ?? "");
    if (avocat) await audit("avocat.revoque", `dossier ${d.reference}`);
    return RIEN;
  }
  if (intention === "plan-relance" || intention === "pause-relances") {
    autoriser(acteur.role, "dossier.modifier");
    const d = await chargerDossier(s.base.db, id);
    if (!d) throw data(null, { status: 404 });
    if (intention === "pause-relances") {
      await reglerRelancesDuDossier(s.base.db, id, { enPause: !d.relancesEnPause });
      return { ...RIEN, relances: d.relancesEnPause ? "Relances reprises." : "Relances mises en pause." };
    }
    const choisi = valeurs.plan ? await planParId(s.base.db, s.organisationId, valeurs.plan) : null;
    if (valeurs.plan && !choisi) throw data("Ce plan n'existe pas.", { status: 404 });
    await reglerRelancesDuDossier(s.base.db, id, { planId: choisi?.id ?? null });
    return { ...RIEN, relances: `Plan suivi : ${choisi?.plan.nom ?? "plan par défaut de l'organisation"}.` };
  }
  if (intention === "piece") {
    autoriser(acteur.role, "dossier.piece");
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
  if (intention === "debiteur") {
    autoriser(acteur.role, "dossier.modifier");
    const refus = (statut: number, erreurs: ErreurChamp[]) =>
      data({ ...RIEN, debiteur: { erreurs, valeurs } }, { status: statut });
    if (invisibles.length) return refus(400, invisibles);
    const version = lireVersion(form.get("version"));
    if (version === null) return refus(400, [ERREUR_VERSION]);
    const lu = lirePartie(valeurs);
    if (!lu.ok) return refus(400, lu.erreurs);
    const d = await chargerDossier(s.base.db, id);
    if (!d) throw data(null, { status: 404 });
    try {
      // The stored snapshot carries the figures of the old debtor: recomputed in the same write.
      await modifierEtRecalculer(s.base.db, d, version, { ...d.dossier, debiteur: lu.donnees }, s.aujourdhui());
    } catch (e) {
      if (!(e instanceof ConflitDeVersion)) throw e;
      return refus(409, [
        { champ: "version", message: `${e.message} Rechargez la page ; votre saisie est conservée ci-dessous.` },
      ]);
    }
    return { ...RIEN, debiteurEnregistre: true };
  }
  if (intention === "juridiction") {
    // The court seised is part of the judicial route: the lawyer confirms it too.
    autoriser(acteur.role, "dossier.judiciaire");
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
    autoriser(acteur.role, "dossier.modifier");
    const retiree = await supprimerPiece(s, id, valeurs.piece ?? "");
    if (retiree) await audit("suppression.piece", retiree);
    return RIEN;
  }
  if (intention !== "evenement") throw data("Formulaire inconnu.", { status: 400 });
  const code = valeurs.type ?? "";
  autoriser(acteur.role, permissionDeLEvenement(code));
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
    const r = await envoyerEvenement(s.base.db, d, version, lu.evenement, s.aujourdhui(), qui);
    if (!r.ok) return refus(409, { raison: r.raison });
    // A payment, a dispute…: the reminders adjust at once (a queued one is re-checked before it leaves).
    s.reveillerRelances?.();
    return { ...RIEN, code, enregistre: true };
  } catch (e) {
    if (e instanceof ConflitDeVersion) {
      return refus(409, { conflit: `${e.message} Rechargez la page : la liste des actions possibles a pu changer.` });
    }
    throw e;
  }
}
