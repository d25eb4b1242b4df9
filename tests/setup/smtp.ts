/**
 * A real SMTP server on 127.0.0.1 for the tests (the `smtp-server` package), the messages it
 * receives parsed by `mailparser`. It can refuse temporarily (4xx) or for good (5xx), or be
 * stopped, to test retries and failures. Never a mock of our own code: our sending goes through
 * nodemailer and TCP like in production.
 */
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ServeurSmtp = {
  url: string;
  port: number;
  recus: ParsedMail[];
  /** null: accept; otherwise the SMTP code and text every DATA is answered with. */
  refuser: (code: number | null, texte?: string) => void;
  arreter: () => Promise<void>;
};

/**
 * `delaiMs`: how long each message takes to be accepted (to kill a sender in the middle);
 * `analyser: false` keeps only each message's Message-ID (benchmarks).
 */
export async function demarrerSmtp(port = 0, delaiMs = 0, analyser = true): Promise<ServeurSmtp> {
  const recus: ParsedMail[] = [];
  let refus: { code: number; texte: string } | null = null;
  const serveur = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      const morceaux: Buffer[] = [];
      stream.on("data", (m: Buffer) => morceaux.push(m));
      stream.on("end", async () => {
        if (delaiMs) await new Promise((r) => setTimeout(r, delaiMs));
        if (refus) {
          const e = new Error(refus.texte) as Error & { responseCode: number };
          e.responseCode = refus.code;
          return callback(e);
        }
        const brut = Buffer.concat(morceaux);
        // A benchmark counts the messages without parsing them (the parsing is the test's cost, not ours).
        recus.push(
          analyser
            ? await simpleParser(brut)
            : ({ messageId: /^Message-ID: (.*)$/im.exec(brut.toString("latin1"))?.[1]?.trim() } as ParsedMail),
        );
        callback();
      });
    },
  });
  // A client killed in the middle of a message (the kill -9 test) resets its connection: that is the
  // scenario, not a failure of the server (without a listener, the emitter would throw it).
  serveur.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "ECONNRESET" && e.code !== "EPIPE") console.error(`serveur SMTP de test : ${e.message}`);
  });
  // Replies go out at once (without Nagle's delay, every exchange would wait for an ACK).
  serveur.server.on("connection", (socket: import("node:net").Socket) => socket.setNoDelay(true));
  await new Promise<void>((ok) => serveur.listen(port, "127.0.0.1", () => ok()));
  const p = (serveur.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${p}`,
    port: p,
    recus,
    refuser: (code, texte = "Service indisponible") => {
      refus = code === null ? null : { code, texte };
    },
    arreter: () => new Promise<void>((ok) => serveur.close(() => ok())),
  };
}
