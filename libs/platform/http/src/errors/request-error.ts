import { HttpException, type HttpStatus } from '@nestjs/common';
import type { FieldError } from '@scq/contracts';

export type { FieldError };

/** An edge-level refusal (a request the controller cannot even read); use cases throw DomainErrors instead. */
export class RequestError extends HttpException {
  constructor(status: HttpStatus, code: string, message: string, fields?: FieldError[]) {
    super({ code, message, fields }, status);
  }
}
