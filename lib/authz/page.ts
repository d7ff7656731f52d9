import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentActor, type Actor } from "@/lib/authz/actor";
import { can, type Permission } from "@/lib/authz/permissions";
import { AppError } from "@/lib/errors";

/** Where an account that must change its password is sent from every other page. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * Page-side entry to the choke point: signed out → sign-in page; a password change pending → the change
 * form (unless `options.beforePasswordChange`: the form itself and the shell around it); not allowed → 404.
 */
export async function requirePageActor(
  permission?: Permission,
  options: { beforePasswordChange?: boolean } = {},
): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !options.beforePasswordChange) redirect(CHANGE_PASSWORD_PATH);
  if (permission && !can(actor.role, permission)) notFound();
  return actor;
}

/** Runs a page loader, turning "not found"/"forbidden" from the domain into Next's 404. */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
