// A role row's way into Compare roles.
import { Button } from '../../../components/ui/button';

export function CompareButton({ name, onCompare }: { name: string; onCompare: () => void }) {
  return (
    <Button size="sm" aria-label={`Compare ${name} with other roles`} onClick={onCompare}>
      Compare
    </Button>
  );
}
