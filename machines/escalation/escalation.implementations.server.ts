/**
 * Effects of the escalation machine, provided from outside with `.provide()` (Kibana pattern):
 * the machine file stays free of IO. Today the only effect is to report stage changes to the
 * server's log (an audit trail beside the journal); notifications will plug in here.
 */
import { escalationMachine } from "./escalation.machine";

export type DependancesEscalation = {
  journaliser: (message: string) => void;
};

export function creerMachineEscalation(deps: DependancesEscalation) {
  return escalationMachine.provide({
    actions: {
      signalerEtape: ({ context }, params) => deps.journaliser(`étape ${params.etape} (au ${context.dateCourante})`),
    },
  });
}
