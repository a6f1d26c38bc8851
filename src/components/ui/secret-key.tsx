// A secret shown once (an API key): the value, selectable, with Copy. Whoever shows it says it will
// not be shown again.
import { useState } from 'react';
import { Button } from './button';

export function SecretKey({ secret, label = 'API key' }: { secret: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="key-box">
      <code aria-label={label}>{secret}</code>
      <Button
        size="sm"
        onClick={() => {
          void navigator.clipboard?.writeText(secret).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </div>
  );
}
