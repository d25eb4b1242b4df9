import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  ssr: {
    // Heavy server-only libraries stay external to the server bundle (loaded from node_modules).
    external: ["@electric-sql/pglite", "date-holidays", "@react-pdf/renderer", "docxtemplater", "pizzip", "pg"],
  },
});
