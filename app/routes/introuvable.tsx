import { data } from "react-router";

/** Any unknown address: a French 404 rendered by the root error boundary. */
export function loader() {
  throw data(null, { status: 404 });
}

export default function Introuvable() {
  return null;
}
