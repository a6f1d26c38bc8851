// Said beside a control whose change failed: it shows its last confirmed value again, and this says
// so where the person is looking (a toast in the corner is easy to miss after a quick toggle).
// `compact` (a select in a table cell) keeps the row short: two lines, the rest on hover; screen
// readers get the whole text either way.
export function SaveFailure({
  what,
  message,
  id,
  compact = false,
}: {
  what: string;
  message: string;
  id?: string;
  compact?: boolean;
}) {
  return (
    <span
      className={`save-failure ${compact ? 'save-failure-compact' : ''}`}
      role="alert"
      id={id}
      title={compact ? `Not changed. ${message}` : undefined}
    >
      <span className="visually-hidden">{what}: </span>
      <strong>Not changed.</strong> {message}
    </span>
  );
}
