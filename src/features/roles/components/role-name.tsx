// A role's name, with its description under it (the first cell of both roles tables).
export function RoleName({ name, description }: { name: string; description: string }) {
  return (
    <>
      <span className="role-name">{name}</span>
      {description ? <span className="muted small block">{description}</span> : null}
    </>
  );
}
