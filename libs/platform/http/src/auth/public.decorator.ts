import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'scq:public';

/**
 * The route answers without sign-in (routes say it with `@Access.public()`, which also declares their policy). Every other route needs a signed-in caller (the global
 * AuthenticationGuard); public routes still see the caller when there is one (`@CurrentActor() actor: Actor | null`).
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
