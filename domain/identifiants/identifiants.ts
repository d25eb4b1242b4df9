/**
 * Identifier checks (INSEE, La Poste, DGFiP, ISO 13616), each with a French message: SIREN and SIRET (Luhn, with
 * La Poste's exception), French VAT number key, IBAN (the maintained `ibantools` library).
 */
import { electronicFormatIBAN, friendlyFormatIBAN, ValidationErrorsIBAN, validateIBAN } from "ibantools";

export type Verification = { valide: true; normalise: string } | { valide: false; message: string };

const LA_POSTE = "356000000";

function luhn(chiffres: string): boolean {
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let n = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    somme += n;
  }
  return somme % 10 === 0;
}

const compacter = (s: string) => s.replace(/[\s.-]/g, "");

export function verifierSiren(saisie: string): Verification {
  const s = compacter(saisie);
  if (!/^\d{9}$/.test(s)) return { valide: false, message: "Le SIREN doit comporter exactement 9 chiffres." };
  if (!luhn(s))
    return {
      valide: false,
      message: "Ce SIREN n'existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre.",
    };
  return { valide: true, normalise: s };
}

export function verifierSiret(saisie: string): Verification {
  const s = compacter(saisie);
  if (!/^\d{14}$/.test(s))
    return { valide: false, message: "Le SIRET doit comporter exactement 14 chiffres (SIREN + NIC)." };
  const valide = s.startsWith(LA_POSTE) ? [...s].reduce((a, c) => a + Number(c), 0) % 5 === 0 || luhn(s) : luhn(s);
  if (!valide)
    return {
      valide: false,
      message: "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre.",
    };
  return { valide: true, normalise: s };
}

/** French VAT key: (12 + 3 × (SIREN mod 97)) mod 97. */
export function cleTva(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
}

export function verifierTva(saisie: string): Verification {
  const s = compacter(saisie).toUpperCase();
  const m = /^FR([0-9A-Z]{2})(\d{9})$/.exec(s);
  if (!m) {
    return {
      valide: false,
      message: "Le numéro de TVA français s'écrit FR, deux caractères de clé, puis le SIREN (13 caractères).",
    };
  }
  const [, cle, siren] = m as unknown as [string, string, string];
  const sirenOk = verifierSiren(siren);
  if (!sirenOk.valide) return { valide: false, message: `Numéro de TVA invalide : ${sirenOk.message}` };
  if (/^\d{2}$/.test(cle) && cle !== cleTva(siren)) {
    return {
      valide: false,
      message: `La clé du numéro de TVA est fausse : pour ce SIREN, elle vaut ${cleTva(siren)}.`,
    };
  }
  return { valide: true, normalise: s };
}

const MESSAGES_IBAN: Partial<Record<ValidationErrorsIBAN, string>> = {
  [ValidationErrorsIBAN.NoIBANProvided]: "Indiquez l'IBAN.",
  [ValidationErrorsIBAN.NoIBANCountry]: "L'IBAN doit commencer par le code du pays (FR pour la France).",
  [ValidationErrorsIBAN.WrongBBANLength]: "L'IBAN n'a pas la bonne longueur pour ce pays (27 caractères en France).",
  [ValidationErrorsIBAN.WrongBBANFormat]: "L'IBAN contient des caractères inattendus pour ce pays.",
  [ValidationErrorsIBAN.ChecksumNotNumber]:
    "Les deux chiffres de contrôle de l'IBAN (3e et 4e caractères) doivent être des chiffres.",
  [ValidationErrorsIBAN.WrongIBANChecksum]:
    "Cet IBAN n'existe pas : sa clé de contrôle est fausse. Vérifiez chaque caractère.",
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]:
    "La clé RIB contenue dans l'IBAN est fausse. Vérifiez chaque caractère.",
};

export function verifierIban(saisie: string): Verification {
  const s = electronicFormatIBAN(saisie) ?? "";
  const r = validateIBAN(s);
  if (r.valid) return { valide: true, normalise: s };
  const code = r.errorCodes.find((c) => c !== ValidationErrorsIBAN.WrongAccountBankBranchChecksum) ?? r.errorCodes[0];
  return {
    valide: false,
    message: (code !== undefined ? MESSAGES_IBAN[code] : undefined) ?? "Cet IBAN n'est pas valide.",
  };
}

export function formaterIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}
