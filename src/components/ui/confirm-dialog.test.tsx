// @vitest-environment jsdom
// A confirmation opens with the focus on Cancel, or on the word to type: Enter never confirms what the
// person has not read (issue 15).
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

afterEach(cleanup);

const props = {
  open: true,
  onOpenChange: () => {},
  title: 'Remove Mateo',
  confirmLabel: 'Remove',
  onConfirm: () => {},
};

describe('a confirmation', () => {
  it('opens with the focus on Cancel, not on the first control of its preview', async () => {
    render(
      <ConfirmDialog {...props}>
        <button type="button">Loses 8 permissions</button>
      </ConfirmDialog>,
    );
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
  });

  it('opens on the word to type when it asks for one', async () => {
    render(<ConfirmDialog {...props} typeToConfirm="vision" />);
    const word = await screen.findByRole('textbox');
    await waitFor(() => expect(document.activeElement).toBe(word));
  });
});
