// Said beside a control whose change failed: it shows its last confirmed value again, and this says
// so where the person is looking (a toast in the corner is easy to miss after a quick toggle).
export function SaveFailure({ what, message, id }: { what: string; message: string; id?: string }) {
  return (
    <span className="save-failure" role="alert" id={id}>
      <span className="visually-hidden">{what}: </span>
      <strong>Not changed.</strong> {message}
    </span>
  );
}
