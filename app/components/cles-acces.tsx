/**
 * The two passkey buttons (decision 020): sign in with a passkey (/connexion) and add one
 * (/compte). They need JavaScript (the WebAuthn API); without it the password stays available.
 */
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from "@simplewebauthn/browser";
import { useEffect, useState } from "react";

async function poster(url: string, corps?: unknown): Promise<{ ok: boolean; json: Record<string, unknown> }> {
  const r = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(corps ?? {}),
  });
  const json = (await r.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: r.ok, json };
}

/**
 * One ceremony: the server's options, the browser's answer, the server's verdict. Returns the
 * verdict's JSON, or throws an Error whose message is the French refusal.
 */
async function ceremonie(
  etape: "connexion" | "enregistrement",
  repondre: (options: never) => Promise<unknown>,
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const o = await poster(`/cles/${etape}-options`);
  if (!o.ok) throw new Error(String(o.json.erreur ?? "Clés d'accès indisponibles."));
  const reponse = await repondre(o.json as never);
  const v = await poster(`/cles/${etape}`, { reponse, ...extra });
  if (!v.ok) throw new Error(String(v.json.erreur ?? "Clé refusée."));
  return v.json;
}

const messageDe = (e: unknown) =>
  e instanceof Error && e.name === "NotAllowedError"
    ? "Opération annulée ou délai dépassé."
    : e instanceof Error && e.name === "Error"
      ? e.message
      : `La clé d'accès n'a pas pu être utilisée${e instanceof Error ? ` (${e.message})` : ""}.`;

function useWebAuthn() {
  const [possible, setPossible] = useState(false);
  useEffect(() => setPossible(browserSupportsWebAuthn()), []);
  return possible;
}

export function ConnexionParCle({ retour }: { retour: string }) {
  const possible = useWebAuthn();
  const [message, setMessage] = useState<string | null>(null);
  if (!possible) return null;
  return (
    <div className="cle-acces">
      <button
        type="button"
        className="bouton bouton-secondaire"
        onClick={async () => {
          setMessage(null);
          try {
            const v = await ceremonie("connexion", (optionsJSON) => startAuthentication({ optionsJSON }));
            window.location.assign(retour !== "/dossiers" ? retour : String(v.retour ?? "/dossiers"));
          } catch (e) {
            setMessage(messageDe(e));
          }
        }}
      >
        Se connecter avec une clé d'accès
      </button>
      {message ? (
        <p className="erreur-champ" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function AjouterCle() {
  const possible = useWebAuthn();
  const [nom, setNom] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; texte: string } | null>(null);
  if (!possible) return <p className="aide">Ce navigateur ne permet pas les clés d'accès (ou JavaScript est coupé).</p>;
  return (
    <div className="formulaire">
      <div className="champ">
        <label htmlFor="nom-cle">Nom de la clé (par exemple « Ordinateur du bureau »)</label>
        <input id="nom-cle" value={nom} onChange={(e) => setNom(e.target.value)} maxLength={80} />
      </div>
      <button
        type="button"
        className="bouton bouton-secondaire"
        onClick={async () => {
          setMessage(null);
          try {
            await ceremonie("enregistrement", (optionsJSON) => startRegistration({ optionsJSON }), { nom });
            window.location.reload();
          } catch (e) {
            setMessage({ ok: false, texte: messageDe(e) });
          }
        }}
      >
        Ajouter une clé d'accès
      </button>
      {message ? (
        <p className={message.ok ? "succes" : "erreur-champ"} role={message.ok ? "status" : "alert"}>
          {message.texte}
        </p>
      ) : null}
    </div>
  );
}
