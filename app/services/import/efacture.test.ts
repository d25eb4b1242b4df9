/**
 * The real e-invoices of tests/fixtures/e-factures (Mustang project test resources, unchanged)
 * read field by field, and hostile files refused with a French reason.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { preparerContexte } from "../../../templates/preparer";
import { rendreDocument } from "../../../templates/rendu.server";
import { dossierExemple } from "../../../tests/fixtures/dossiers";
import { echeanceRetenue, FichierRefuse, lireFactureElectronique } from "./efacture";

const D = path.resolve("tests/fixtures/e-factures");
const lire = (f: string) => lireFactureElectronique(f, readFileSync(path.join(D, f)));

const ALLEMAND = {
  vendeur: {
    nom: "Lieferant GmbH",
    siren: null,
    siret: null,
    tva: "DE123456789",
    adresse: { ligne1: "Lieferantenstraße 20", codePostal: "80333", ville: "München", pays: "DE" },
  },
};

describe("factures électroniques réelles (échantillons Mustang)", () => {
  it("facturFrMinimum.xml (CII, profil MINIMUM, parties françaises) : SIREN tirés des SIRET (schemeID 0002), TVA, montants", async () => {
    const f = await lire("facturFrMinimum.xml");
    expect(f).toMatchObject({
      format: "cii",
      profil: "urn:factur-x.eu:1p0:minimum",
      numero: "FA-2017-0010",
      type: "facture",
      codeType: "380",
      dateEmission: "2017-11-13",
      dateEcheance: null,
      devise: "EUR",
      totalCents: 67115,
      dejaPayeCents: 0,
      resteDuCents: 47015,
      vendeur: { nom: "Au bon moulin", siren: "999999998", siret: "99999999800010", tva: "FR11999999998" },
      acheteur: { nom: "Ma jolie boutique", siren: "787878784", siret: "78787878400035", tva: "FR19787878784" },
    });
    expect(f.avertissements).toEqual([
      "Le montant à payer du fichier (470.15) diffère du total moins le déjà payé (671.15) : c'est le montant à payer du fichier qui est retenu.",
      "Pas de date d'échéance dans le fichier : à défaut de délai convenu, 30 jours après la livraison ou l'exécution (C. com. art. L.441-10) — vérifiez-la.",
    ]);
    expect(echeanceRetenue(f)).toBe("2017-12-13");
  });

  it("Factur-X_basic.xml (CII BASIC) : échéance, livraison, déjà payé 0,00, reste 235,62", async () => {
    const f = await lire("Factur-X_basic.xml");
    expect(f).toMatchObject({
      ...ALLEMAND,
      format: "cii",
      numero: "471102",
      type: "facture",
      dateEmission: "2024-11-15",
      dateEcheance: "2024-12-15",
      dateLivraison: "2024-11-14",
      totalCents: 23562,
      dejaPayeCents: 0,
      resteDuCents: 23562,
      acheteur: { nom: "Kunden AG Mitte", adresse: { codePostal: "69876", ville: "Frankfurt", pays: "DE" } },
      avertissements: [],
    });
  });

  it("EN16931_Einfach.pdf (Factur-X PDF/A-3) : le XML joint lu, sans échéance → conditions gardées et 30 jours après la livraison", async () => {
    const f = await lire("EN16931_Einfach.pdf");
    expect(f).toMatchObject({
      ...ALLEMAND,
      format: "factur-x",
      profil: "urn:cen.eu:en16931:2017",
      numero: "471102",
      dateEmission: "2024-11-15",
      dateEcheance: null,
      dateLivraison: "2024-11-14",
      totalCents: 52987,
      dejaPayeCents: 0,
      resteDuCents: 52987,
    });
    expect(f.conditions).toMatch(/^Zahlbar innerhalb 30 Tagen netto/);
    expect(echeanceRetenue(f)).toBe("2024-12-14");
  });

  it("MustangBeispiel20221026.pdf (Factur-X) : vendeur weclapp.com avec son courriel, RE1001 de 963,11 €", async () => {
    const f = await lire("MustangBeispiel20221026.pdf");
    expect(f).toMatchObject({
      format: "factur-x",
      numero: "RE1001",
      dateEmission: "2022-10-26",
      totalCents: 96311,
      resteDuCents: 96311,
      vendeur: { nom: "weclapp.com", tva: "DE327606228", email: "all_suite@test.com" },
      acheteur: { nom: "Beispiel AG", adresse: { codePostal: "54321", ville: "Hithausen" } },
    });
  });

  it("XRECHNUNG_Einfach.ubl.xml (UBL 2.1) : mêmes parties, 529,87 €, conditions de paiement sans échéance", async () => {
    const f = await lire("XRECHNUNG_Einfach.ubl.xml");
    expect(f).toMatchObject({
      ...ALLEMAND,
      format: "ubl",
      numero: "471102",
      type: "facture",
      codeType: "380",
      dateEmission: "2018-03-05",
      dateEcheance: null,
      dateLivraison: "2018-03-05",
      totalCents: 52987,
      dejaPayeCents: 0,
      resteDuCents: 52987,
      vendeur: { email: "Max@Mustermann.de" },
      acheteur: {
        nom: "Kunden AG Mitte",
        adresse: { ligne1: "Kundenstraße 15", codePostal: "69876", ville: "Frankfurt" },
      },
    });
    expect(echeanceRetenue(f)).toBe("2018-04-04");
  });

  it("avoir : type 381, ou 380 aux totaux négatifs", async () => {
    const xml = readFileSync(path.join(D, "facturFrMinimum.xml"), "utf8");
    const avoir = await lireFactureElectronique(
      "a.xml",
      Buffer.from(xml.replace("<ram:TypeCode>380", "<ram:TypeCode>381")),
    );
    expect(avoir).toMatchObject({ type: "avoir", codeType: "381" });
    const negatif = await lireFactureElectronique(
      "n.xml",
      Buffer.from(xml.replace(/>671\.15</, ">-671.15<").replace(/>470\.15</, ">-470.15<")),
    );
    expect(negatif).toMatchObject({ type: "avoir", codeType: "380", totalCents: -67115 });
  });
});

describe("fichiers hostiles : refusés en français", () => {
  const refus = async (nom: string, contenu: Uint8Array, message: RegExp) => {
    await expect(lireFactureElectronique(nom, contenu)).rejects.toThrow(FichierRefuse);
    await expect(lireFactureElectronique(nom, contenu)).rejects.toThrow(message);
  };

  it("un texte renommé en .pdf, un PDF sans XML, un XML invalide, un XML qui n'est pas une facture", async () => {
    await refus("facture.pdf", Buffer.from("ceci n'est pas un PDF"), /porte l'extension \.pdf mais n'est pas un PDF/);
    const sansXml = await rendreDocument("mise-en-demeure", "pdf", preparerContexte(dossierExemple(), "2026-04-01"));
    await refus("lettre.pdf", sansXml, /ne contient pas de facture électronique/);
    await refus("f.xml", Buffer.from("<?xml version='1.0'?><Invoice><ID>1</Invoice>"), /XML invalide ligne 1/);
    await refus("f.xml", Buffer.from("<?xml version='1.0'?><Commande/>"), /ni une facture CII ni une facture UBL/);
    await refus("f.xml", Buffer.from([0xff, 0xfe, 0x00, 0x3c]), /pas un texte UTF-8/);
  });

  it("une bombe XML (entités imbriquées) n'atteint jamais l'analyseur", async () => {
    const bombe = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rsm:CrossIndustryInvoice xmlns:rsm="x">&lol3;</rsm:CrossIndustryInvoice>`;
    await refus("bombe.xml", Buffer.from(bombe), /déclare un DOCTYPE ou des entités/);
  });

  it("un fichier de 50 Mo est refusé avant d'être lu", async () => {
    await refus("gros.xml", new Uint8Array(50 * 1024 * 1024), /fichier trop volumineux \(50 Mo ; 20 Mo au plus\)/);
  });
});
