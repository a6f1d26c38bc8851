import { useOutletContext, useParams } from 'react-router';
import type { Session } from '../../api/session';

/** The org of the URL, named as the session knows it when it is the session's own. */
export function useOrgParam(): { org: string; orgName: string } {
  const session = useOutletContext<Session>();
  const org = useParams().org ?? session.org.slug;
  return { org, orgName: org === session.org.slug ? session.org.name : org };
}
