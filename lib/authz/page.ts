import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentActor, type Actor } from "@/lib/authz/actor";
import { can, type Permission } from "@/lib/authz/permissions";
import { AppError } from "@/lib/errors";

/** Page-side entry to the choke point: signed out → sign-in page; not allowed → 404. */
export async function requirePageActor(permission?: Permission): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
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
