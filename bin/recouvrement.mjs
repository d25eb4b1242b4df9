#!/usr/bin/env node
// The `recouvrement` command. Node 20 cannot run TypeScript itself: tsx (a direct dependency)
// compiles the sources on the fly.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// Like the server: production unless told otherwise (React's development build is only slower here).
process.env.NODE_ENV ??= "production";
process.env.RECOUVREMENT_RACINE ??= fileURLToPath(new URL("..", import.meta.url));
// The project's tsconfig (JSX, paths), whatever the directory the command is run from.
register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { executer } = await import("../cli/principal.ts");
process.exitCode = await executer(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (texte) => process.stdout.write(texte),
  stderr: (texte) => process.stderr.write(texte),
});
