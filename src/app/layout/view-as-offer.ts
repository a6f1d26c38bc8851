// Who is offered View as. The in-browser demo: anyone (it is the operator's own copy). The shared
// server says so in the session (the engine's offersViewAs: an org Admin, or someone already viewing
// as another); it also decides every choice (PUT /api/session asks decideViewAs, and the picker lists
// only whom it allows). The page reads the answer and never the roles (issue 16).
import type { ServerSession } from '../../api/auth';
import { SERVER_MODE } from '../../lib/backend-mode';

export function mayViewAs(session: ServerSession): boolean {
  return !SERVER_MODE || session.offersViewAs === true;
}
