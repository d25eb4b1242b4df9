import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/accueil.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("*", "routes/introuvable.tsx"),
] satisfies RouteConfig;
