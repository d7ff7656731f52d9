import { NotFoundMessage } from "@/components/layout/not-found-message";

/** 404 inside the signed-in shell (header, navigation): a record outside the user's scope or an unknown address. */
export default function AppNotFound() {
  return <NotFoundMessage />;
}
