/** The line under a form that says why saving did not work; read out at once (role=alert). */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="field-error" role="alert">
      {message}
    </p>
  ) : null;
}
