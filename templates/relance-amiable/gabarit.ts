import { gabaritRelance } from "../_shared/relance";

export const gabaritRelanceAmiable = gabaritRelance("relance-amiable", "Rappel de facture");
