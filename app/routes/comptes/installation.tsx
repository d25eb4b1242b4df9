/**
 * /installation — a fresh instance: while no account exists, the server prints a one-time setup
 * code in its console; whoever has it creates the first administrator (also the instance's
 * operator) and names the organisation, which keeps every dossier created before accounts.
 */
import { data, Form, redirect } from "react-router";
import type { ErreurChamp } from "../../../domain/validation/zod-fr";
import { Champ, erreurDe, ResumeErreurs } from "../../components/formulaire";
import { AIDE_MOT_DE_PASSE } from "../../comptes/libelles";
import { hacherMotDePasse } from "../../comptes/mot-de-passe.server";
import { sansMotsDePasse, verifierNouveauMotDePasse } from "../../comptes/nouveau-mot-de-passe.server";
import { cookieDeSession } from "../../comptes/session.server";
import { servicesContext } from "../../contexte";
import { creerSession, InstallationRefusee, installer, nombreUtilisateurs } from "../../db/comptes.server";
import { valeursNettoyees } from "../../saisie";
import type { Route } from "./+types/installation";

export const meta: Route.MetaFunction = () => [{ title: "Installation — Recouvrement" }];

const LIBELLES: Record<string, string> = {
  code: "Code d'installation",
  organisation: "Organisation",
  nom: "Votre nom",
  email: "Adresse électronique",
  motDePasse: "Mot de passe",
  confirmation: "Confirmation",
};

export async function loader({ context }: Route.LoaderArgs) {
  if ((await nombreUtilisateurs(context.get(servicesContext).base.db)) > 0) throw redirect("/connexion");
  return null;
}

export async function action({ context, request }: Route.ActionArgs) {
  const s = context.get(servicesContext);
  const { valeurs, erreurs } = valeursNettoyees(await request.formData());
  const refus = (e: ErreurChamp[]) => data({ erreurs: e, valeurs: sansMotsDePasse(valeurs) }, { status: 400 });
  const email = (valeurs.email ?? "").trim().toLowerCase();
  for (const [champ, message] of [
    ["code", "recopiez le code affiché dans la console du serveur"],
    ["organisation", "indiquez le nom de votre entreprise ou de votre cabinet"],
    ["nom", "indiquez votre nom"],
  ] as const) {
    if (!valeurs[champ]?.trim()) erreurs.push({ champ, message });
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    erreurs.push({ champ: "email", message: "adresse électronique invalide" });
  verifierNouveauMotDePasse(valeurs, email, erreurs);
  if (erreurs.length) return refus(erreurs);
  try {
    const r = await installer(s.base.db, {
      code: valeurs.code ?? "",
      email,
      nom: (valeurs.nom ?? "").trim(),
      organisation: (valeurs.organisation ?? "").trim(),
      empreinteMotDePasse: await hacherMotDePasse(valeurs.motDePasse ?? ""),
    });
    const jeton = await creerSession(s.base.db, r.utilisateurId, r.organisationId, request.headers.get("user-agent"));
    throw redirect("/dossiers", { headers: { "Set-Cookie": cookieDeSession(jeton, s.config) } });
  } catch (e) {
    if (e instanceof InstallationRefusee) {
      return refus([{ champ: e.message.includes("code") ? "code" : "email", message: e.message }]);
    }
    throw e;
  }
}

export default function Installation({ actionData }: Route.ComponentProps) {
  const e = actionData?.erreurs;
  const v = (actionData?.valeurs ?? {}) as Record<string, string>;
  const texte = (nom: string, libelle: string, type = "text", aide?: string, autoComplete?: string) => (
    <Champ
      nom={nom}
      libelle={libelle}
      aide={aide}
      erreur={erreurDe(e, nom)}
      enfant={(a) => (
        <input
          {...a}
          type={type}
          autoComplete={autoComplete}
          defaultValue={type === "password" ? undefined : (v[nom] ?? "")}
        />
      )}
    />
  );
  return (
    <>
      <h1>Installation</h1>
      <p>
        Cette instance n'a pas encore de compte. Le serveur a affiché un code d'installation dans sa console ; il
        protège l'instance : personne d'autre ne peut en prendre le contrôle. Vous deviendrez son administrateur.
      </p>
      <Form method="post" className="formulaire" noValidate>
        <ResumeErreurs erreurs={e} libelles={(c) => LIBELLES[c] ?? c} />
        {texte("code", "Code d'installation", "text", "Par exemple « ABCD-1234-EFGH ».", "off")}
        {texte("organisation", "Votre entreprise ou votre cabinet", "text", undefined, "organization")}
        {texte("nom", "Votre nom", "text", undefined, "name")}
        {texte("email", "Adresse électronique", "email", undefined, "username")}
        {texte("motDePasse", "Mot de passe", "password", AIDE_MOT_DE_PASSE, "new-password")}
        {texte("confirmation", "Confirmation du mot de passe", "password", undefined, "new-password")}
        <button type="submit" className="bouton">
          Créer le compte administrateur
        </button>
      </Form>
    </>
  );
}
