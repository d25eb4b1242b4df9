import { gabaritRelance } from "../_shared/relance";

export const gabaritRelanceFerme = gabaritRelance("relance-ferme", "Relance avant mise en demeure");
