export { ConfirmButton } from './ConfirmButton';
export { SharedWithField } from './SharedWithField';
export { Field, FormMessage } from './Field';
export { serverFieldErrors, type ServerFieldError } from './serverErrors';
export { useServerErrors } from './useServerErrors';
export { fieldErrorText } from './fieldError';
