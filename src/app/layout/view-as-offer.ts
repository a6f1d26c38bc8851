// Who is offered View as. The in-browser demo: anyone (it is the operator's own copy). The shared
// server: an org Admin, over the people of the orgs they administer (issue 16). The server decides
// (PUT /api/session asks the engine's decideViewAs, and the picker lists only whom it allows); the menu
// only leaves the item out for someone the server would refuse every choice: a person who is an Admin
// of none of their orgs, and is not viewing as someone already.
import type { ServerSession } from '../../api/auth';
import { SERVER_MODE } from '../../lib/backend-mode';

export function mayViewAs(session: ServerSession): boolean {
  if (!SERVER_MODE) return true;
  const me = session.signedInUser;
  const acting = session.actingUser;
  if (!me || !acting) return false;
  return me.id !== acting.id || acting.orgs.some((o) => o.orgRole === 'admin');
}
