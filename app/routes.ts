import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/accueil.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("api/v1/:calcul", "routes/api/calcul.ts"),
  route("prescription", "routes/calculateurs/prescription.tsx"),
  route("delais", "routes/calculateurs/delais.tsx"),
  route("interets", "routes/calculateurs/interets.tsx"),
  route("taux", "routes/taux.tsx"),
  route("dossiers", "routes/dossiers/liste.tsx"),
  route("dossiers/nouveau", "routes/dossiers/nouveau.tsx"),
  route("dossiers/echeances.ics", "routes/dossiers/calendrier.ts"),
  route("dossiers/:id", "routes/dossiers/detail.tsx"),
  route("dossiers/:id/assistant/:section", "routes/dossiers/assistant.tsx"),
  route("dossiers/:id/export.json", "routes/dossiers/export.ts"),
  route("dossiers/:id/pieces/:piece", "routes/dossiers/piece.ts"),
  route("donnees-personnelles", "routes/donnees-personnelles.tsx"),
  route("dossiers/:id/documents/:fichier", "routes/dossiers/document.ts"),
  route("dossiers/:id/dossier-avocat.zip", "routes/dossiers/zip.ts"),
  route("*", "routes/introuvable.tsx"),
] satisfies RouteConfig;
