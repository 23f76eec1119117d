import type { DistrictDirectory } from './districts';

const chongqing = (code: string, zhName: string, enName: string, kind: 'district' | 'county' | 'autonomous-county' | 'functional-area', aliases: string[] = []) =>
  ({ code, zhName, enName, kind, region: 'chongqing' as const, aliases: [`重庆市${zhName}`, ...aliases] });

const sichuan = (code: string, zhName: string, enName: string) =>
  ({ code, zhName, enName, kind: 'sichuan-city' as const, region: 'sichuan' as const, aliases: [`四川省${zhName}`, zhName.replace(/市$/, '')] });

/**
 * Chongqing's 26 districts, 8 counties and 4 autonomous counties (GB/T 2260 codes) and the three functional areas the
 * plan addresses alongside them (两江新区, 西部科学城重庆高新区, 万盛经开区: 各区县和两江新区、重庆高新区、万盛经开区), plus the
 * 15 Sichuan cities of the 成渝地区双城经济圈 planning area, partners of joint 成渝 scenarios (跨区域综合性重大场景).
 */
export const DISTRICTS_2026: DistrictDirectory = {
  version: '2026',
  title: '重庆市区县及成渝地区双城经济圈四川城市（2026） Chongqing districts and counties, and the Sichuan cities of the Chengdu–Chongqing economic circle (2026)',
  districts: [
    chongqing('500101', '万州区', 'Wanzhou District', 'district'),
    chongqing('500102', '涪陵区', 'Fuling District', 'district'),
    chongqing('500103', '渝中区', 'Yuzhong District', 'district'),
    chongqing('500104', '大渡口区', 'Dadukou District', 'district'),
    chongqing('500105', '江北区', 'Jiangbei District', 'district'),
    chongqing('500106', '沙坪坝区', 'Shapingba District', 'district'),
    chongqing('500107', '九龙坡区', 'Jiulongpo District', 'district'),
    chongqing('500108', '南岸区', "Nan'an District", 'district'),
    chongqing('500109', '北碚区', 'Beibei District', 'district'),
    chongqing('500110', '綦江区', 'Qijiang District', 'district'),
    chongqing('500111', '大足区', 'Dazu District', 'district'),
    chongqing('500112', '渝北区', 'Yubei District', 'district'),
    chongqing('500113', '巴南区', 'Banan District', 'district'),
    chongqing('500114', '黔江区', 'Qianjiang District', 'district'),
    chongqing('500115', '长寿区', 'Changshou District', 'district'),
    chongqing('500116', '江津区', 'Jiangjin District', 'district'),
    chongqing('500117', '合川区', 'Hechuan District', 'district'),
    chongqing('500118', '永川区', 'Yongchuan District', 'district'),
    chongqing('500119', '南川区', 'Nanchuan District', 'district'),
    chongqing('500120', '璧山区', 'Bishan District', 'district'),
    chongqing('500151', '铜梁区', 'Tongliang District', 'district'),
    chongqing('500152', '潼南区', 'Tongnan District', 'district'),
    chongqing('500153', '荣昌区', 'Rongchang District', 'district'),
    chongqing('500154', '开州区', 'Kaizhou District', 'district'),
    chongqing('500155', '梁平区', 'Liangping District', 'district'),
    chongqing('500156', '武隆区', 'Wulong District', 'district'),
    chongqing('500229', '城口县', 'Chengkou County', 'county'),
    chongqing('500230', '丰都县', 'Fengdu County', 'county'),
    chongqing('500231', '垫江县', 'Dianjiang County', 'county'),
    chongqing('500233', '忠县', 'Zhong County', 'county'),
    chongqing('500235', '云阳县', 'Yunyang County', 'county'),
    chongqing('500236', '奉节县', 'Fengjie County', 'county'),
    chongqing('500237', '巫山县', 'Wushan County', 'county'),
    chongqing('500238', '巫溪县', 'Wuxi County', 'county'),
    chongqing('500240', '石柱土家族自治县', 'Shizhu Tujia Autonomous County', 'autonomous-county', ['石柱县']),
    chongqing('500241', '秀山土家族苗族自治县', 'Xiushan Tujia and Miao Autonomous County', 'autonomous-county', ['秀山县']),
    chongqing('500242', '酉阳土家族苗族自治县', 'Youyang Tujia and Miao Autonomous County', 'autonomous-county', ['酉阳县']),
    chongqing('500243', '彭水苗族土家族自治县', 'Pengshui Miao and Tujia Autonomous County', 'autonomous-county', ['彭水县']),
    chongqing('liangjiang', '两江新区', 'Liangjiang New Area', 'functional-area'),
    chongqing('high-tech-zone', '西部科学城重庆高新区', 'Chongqing High-tech Zone, Western China Science City', 'functional-area', ['重庆高新区']),
    chongqing('wansheng', '万盛经开区', 'Wansheng Economic and Technological Development Zone', 'functional-area', ['万盛经济技术开发区']),
    sichuan('510100', '成都市', 'Chengdu'),
    sichuan('510300', '自贡市', 'Zigong'),
    sichuan('510500', '泸州市', 'Luzhou'),
    sichuan('510600', '德阳市', 'Deyang'),
    sichuan('510700', '绵阳市', 'Mianyang'),
    sichuan('510900', '遂宁市', 'Suining'),
    sichuan('511000', '内江市', 'Neijiang'),
    sichuan('511100', '乐山市', 'Leshan'),
    sichuan('511300', '南充市', 'Nanchong'),
    sichuan('511400', '眉山市', 'Meishan'),
    sichuan('511500', '宜宾市', 'Yibin'),
    sichuan('511600', '广安市', "Guang'an"),
    sichuan('511700', '达州市', 'Dazhou'),
    sichuan('511800', '雅安市', "Ya'an"),
    sichuan('512000', '资阳市', 'Ziyang'),
  ],
};
