// What a page shows when it throws while rendering (a bug, not a server answer: those are shown by the
// page itself, lib/errors.ts). The shell stays around it, so the person can go elsewhere; reloading
// starts the page again from the server's data.
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Button } from '../components/ui/button';
import { errorMessage } from '../lib/errors';

export function RouteError() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="page">
      <div className="error-state" role="alert">
        <p className="error-title">{missing ? 'Page not found' : 'This page stopped working'}</p>
        <p>
          {missing
            ? 'There is nothing at this address.'
            : errorMessage(error, 'Something went wrong while showing this page.')}
        </p>
        <div className="row">
          {missing ? null : <Button onClick={() => window.location.reload()}>Reload the page</Button>}
          <Link to="/">Go to the console’s home</Link>
        </div>
      </div>
    </div>
  );
}
