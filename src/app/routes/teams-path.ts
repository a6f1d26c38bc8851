// Where "the teams you can open" are for the person acting: their org's Teams page, which for someone
// from another org is their own org's (Acme's would only say they have no access), and nowhere for
// someone signed out.
import type { Session } from '../../api/session';

export function teamsPathOf(session: Session): string | null {
  const slug = session.can.readOrg.allowed ? session.org.slug : session.actingUser?.orgSlug;
  return slug ? `/account-settings/${slug}/teams` : null;
}
