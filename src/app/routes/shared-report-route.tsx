// /reports/:token — a report's magic link ("reports" is a reserved team name, so no team page is here).
import { useParams } from 'react-router';
import { SharedReportPage } from '../../features/project-content/components/shared-report-page';

export function SharedReportRoute() {
  const token = useParams().token ?? '';
  return <SharedReportPage key={token} token={token} />;
}
