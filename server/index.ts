/**
 * Entry point of the HTTP server. NODE_ENV must be settled before React and React Router are
 * loaded (they pick their development or production build at import time), hence this bootstrap
 * and the dynamic import. Production unless told otherwise.
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = "production";

const { demarrer } = await import("./serveur");
await demarrer();

export {};
