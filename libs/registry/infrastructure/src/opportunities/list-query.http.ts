import { z } from 'zod';

const YEAR = '年份应为 2000–2100 之间的整数 year must be an integer within 2000–2100';
export const yearQuery = z.coerce.number({ error: YEAR }).int(YEAR).min(2000, YEAR).max(2100, YEAR);
