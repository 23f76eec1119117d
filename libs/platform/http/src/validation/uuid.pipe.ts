import { HttpStatus, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { RequestError } from '../errors/request-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path or query parameter that must be a UUID: a 400 naming the parameter otherwise. `@Param('id', UuidPipe)`. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
    const name = metadata.data ?? 'id';
    const message = `格式无效，应为 UUID invalid format: must be a UUID`;
    throw new RequestError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求数据无效 Invalid request: ${name}: ${message}`, [{ path: name, message }]);
  }
}
