// Who is offered View as. The in-browser demo: anyone (it is the operator's own copy). The shared
// server: org admins only, and the server decides who is one (issue 16).
import type { Session } from '../../api/session';
import { SERVER_MODE } from '../../lib/backend-mode';

export function mayViewAs(session: Session): boolean {
  if (!SERVER_MODE) return true;
  return session.actingUser?.orgRole === 'admin';
}
