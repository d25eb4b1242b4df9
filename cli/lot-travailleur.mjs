// Worker bootstrap: Node 20 cannot run TypeScript, and `--import tsx` is not honoured in worker
// execArgv; tsx's register API is, per thread.
import { register } from "tsx/esm/api";

register();
await import("./lot-travailleur.ts");
