import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/accueil.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("api/v1/:calcul", "routes/api/calcul.ts"),
  route("prescription", "routes/calculateurs/prescription.tsx"),
  route("*", "routes/introuvable.tsx"),
] satisfies RouteConfig;
