/**
 * Vocabulary of realistic Chongqing scenario filings, per domain of the 2025 draft taxonomy (seed 000): what
 * the scenario is about (subjects), how (techniques, with an English rendering), and what it should achieve
 * (outcomes). Hand-written from the seed's domain paragraphs; used by the bench generator
 * (`generateScenarios`) and, for background rows, by the duplicate evaluation.
 */

export type Pair = readonly [zh: string, en: string];

export interface DomainLexicon {
  code: string;
  subjects: readonly Pair[];
  techniques: readonly Pair[];
  outcomes: readonly string[];
  owners: readonly string[];
}

export const DISTRICTS = [
  '渝中区', '江北区', '南岸区', '九龙坡区', '沙坪坝区', '大渡口区', '渝北区', '巴南区', '北碚区', '两江新区', '重庆高新区', '涪陵区',
  '万州区', '黔江区', '长寿区', '江津区', '合川区', '永川区', '南川区', '綦江区', '大足区', '璧山区', '铜梁区', '潼南区', '荣昌区',
  '开州区', '梁平区', '武隆区', '城口县', '丰都县', '垫江县', '忠县', '云阳县', '奉节县', '巫山县', '巫溪县', '石柱县', '秀山县',
  '酉阳县', '彭水县',
] as const;

export const LEXICON: readonly DomainLexicon[] = [
  {
    code: 'digital-economy',
    subjects: [['工业互联网', 'industrial internet'], ['公共数据', 'public data'], ['中小企业', 'SMEs'], ['数据交易所', 'data exchange'], ['智算中心', 'AI computing centre'], ['跨境电商', 'cross-border e-commerce']],
    techniques: [['标识解析', 'identifier resolution'], ['数据授权运营', 'data licensing'], ['区块链存证', 'blockchain notarisation'], ['隐私计算', 'privacy computing'], ['算力调度', 'compute scheduling'], ['数字化转型诊断', 'digital transformation diagnosis'], ['数据资产入表', 'data asset accounting']],
    outcomes: ['降低企业数字化转型成本', '促进数据要素安全有序流通', '提升算力资源利用率', '培育数据服务新业态'],
    owners: ['市大数据发展局', '市经济信息委', '重庆数据集团', '西部数据交易中心'],
  },
  {
    code: 'artificial-intelligence',
    subjects: [['政务热线', 'government hotline'], ['汽车零部件产线', 'auto parts line'], ['中小学课堂', 'school classroom'], ['大型商超', 'shopping mall'], ['城市治理', 'city governance'], ['招聘就业', 'job matching']],
    techniques: [['大模型', 'large language model'], ['AI视觉质检', 'AI visual inspection'], ['人形机器人', 'humanoid robot'], ['智能体', 'AI agent'], ['智能客服', 'AI customer service'], ['知识图谱', 'knowledge graph'], ['AI学伴', 'AI study companion']],
    outcomes: ['提升工单处置效率', '降低产品漏检率', '实现个性化精准服务', '形成可复制的人工智能+行业方案'],
    owners: ['市科技局', '市发展改革委', '市教委', '市人力社保局', '重庆市人工智能创新中心'],
  },
  {
    code: 'unmanned-systems',
    subjects: [['城市道路桥梁', 'urban roads and bridges'], ['山区乡镇', 'mountain townships'], ['产业园区', 'industrial parks'], ['高校校园', 'university campuses'], ['低空空域', 'low-altitude airspace'], ['火灾现场', 'fire scenes']],
    techniques: [['无人机巡检', 'drone inspection'], ['无人机物流配送', 'drone delivery'], ['无人配送车', 'autonomous delivery vehicle'], ['低空智联网', 'low-altitude network'], ['北斗定位', 'BeiDou positioning'], ['大载重无人机', 'heavy-lift drone'], ['无人机应急通信', 'drone emergency communication']],
    outcomes: ['缩短末端配送时间', '替代人工高危作业', '提升巡查覆盖率', '保障低空飞行安全有序'],
    owners: ['市城市管理局', '市交通运输委', '市委军民融合办', '重庆低空经济发展公司'],
  },
  {
    code: 'biotechnology',
    subjects: [['合成生物', 'synthetic biology'], ['肿瘤患者', 'cancer patients'], ['创新药企', 'drug developers'], ['柑橘品种', 'citrus varieties'], ['细胞治疗', 'cell therapy'], ['生物样本库', 'biobank']],
    techniques: [['中试放大', 'pilot-scale production'], ['基因检测', 'genetic testing'], ['药物筛选', 'drug screening'], ['分子育种', 'molecular breeding'], ['CAR-T细胞治疗', 'CAR-T therapy'], ['高通量测序', 'high-throughput sequencing'], ['类器官模型', 'organoid models']],
    outcomes: ['缩短新药研发周期', '提升精准诊疗水平', '加快科研成果转化', '降低初创企业研发成本'],
    owners: ['市科技局', '市经济信息委', '重庆医药集团', '重庆国际生物城'],
  },
  {
    code: 'clean-energy',
    subjects: [['工业园区屋顶', 'industrial rooftops'], ['物流干线', 'freight corridors'], ['商业楼宇', 'commercial buildings'], ['渣土运输车队', 'construction haulage fleets'], ['零碳园区', 'zero-carbon parks'], ['乡村电网', 'rural grids']],
    techniques: [['分布式光伏', 'distributed solar'], ['用户侧储能', 'behind-the-meter storage'], ['氢燃料电池重卡', 'hydrogen fuel-cell trucks'], ['虚拟电厂', 'virtual power plant'], ['换电重卡', 'battery-swap trucks'], ['源网荷储协同', 'source-grid-load-storage coordination'], ['能碳管理平台', 'energy and carbon management']],
    outcomes: ['实现削峰填谷', '提高绿电消纳比例', '降低单位产值碳排放', '减少柴油重卡排放'],
    owners: ['市能源局', '市经济信息委', '重庆能源集团', '国网重庆市电力公司'],
  },
  {
    code: 'ocean-development',
    subjects: [['长江航道', 'Yangtze waterway'], ['三峡库区船舶', 'Three Gorges vessels'], ['水库大坝', 'reservoir dams'], ['内河港口', 'inland ports'], ['果园港码头', 'Guoyuan port terminal'], ['桥墩基础', 'bridge piers']],
    techniques: [['电子航道图', 'electronic channel charts'], ['纯电动船舶', 'electric vessels'], ['水下机器人', 'underwater robots'], ['船舶AIS监管', 'AIS vessel monitoring'], ['自动化码头', 'automated terminal'], ['远程操控岸桥', 'remote-controlled quay cranes'], ['智能航行', 'smart navigation']],
    outcomes: ['保障内河航运安全', '降低船舶污染排放', '替代潜水员水下作业', '提升港口装卸效率'],
    owners: ['市交通运输委', '市水利局', '重庆港务物流集团', '长江重庆航道局'],
  },
  {
    code: 'manufacturing',
    subjects: [['整车总装', 'vehicle assembly'], ['笔电产线', 'laptop lines'], ['摩托车配套企业', 'motorcycle suppliers'], ['化工园区', 'chemical parks'], ['装备制造车间', 'equipment workshops'], ['材料工厂', 'materials plants']],
    techniques: [['柔性制造', 'flexible manufacturing'], ['5G全连接工厂', '5G factory'], ['数字孪生产线', 'digital-twin line'], ['零碳工厂', 'zero-carbon factory'], ['供应链协同', 'supply chain collaboration'], ['设备预测性维护', 'predictive maintenance'], ['工业机器人', 'industrial robots']],
    outcomes: ['实现多品种混线生产', '降低设备非计划停机', '缩短订单交付周期', '降低单位产品能耗'],
    owners: ['市经济信息委', '长安汽车', '赛力斯集团', '市生态环境局'],
  },
  {
    code: 'transportation',
    subjects: [['拥堵路口', 'congested junctions'], ['城市公交', 'city buses'], ['轨道交通', 'rail transit'], ['路内外停车泊位', 'parking spaces'], ['高速公路', 'expressways'], ['山城步道', 'hillside walkways']],
    techniques: [['AI信号配时', 'AI signal timing'], ['自动驾驶', 'autonomous driving'], ['智能网联汽车', 'connected vehicles'], ['智慧停车', 'smart parking'], ['MaaS出行服务', 'mobility as a service'], ['车路协同', 'vehicle-road cooperation'], ['智能运维', 'smart maintenance']],
    outcomes: ['缓解早晚高峰拥堵', '提升公共交通分担率', '减少车辆绕行找位时间', '降低交通事故率'],
    owners: ['市交通运输委', '市公安局', '重庆交通开投集团', '重庆高速集团'],
  },
  {
    code: 'smart-logistics',
    subjects: [['西部陆海新通道', 'New Western Land-Sea Corridor'], ['物流园区', 'logistics parks'], ['农产品冷链', 'cold chain'], ['社区快递末端', 'last-mile parcels'], ['中欧班列', 'China-Europe trains'], ['航空货运', 'air cargo']],
    techniques: [['铁海联运', 'rail-sea intermodal'], ['无人仓储', 'automated warehousing'], ['智能分拣', 'smart sorting'], ['全程温控追溯', 'cold-chain tracking'], ['共同配送', 'shared delivery'], ['一单制', 'single-document shipping'], ['物流大数据', 'logistics big data']],
    outcomes: ['降低社会物流成本', '提升通关效率', '实现货物全程可视', '减少末端重复投递'],
    owners: ['市政府口岸物流办', '重庆港务物流集团', '重庆物流集团', '陆海新通道运营公司'],
  },
  {
    code: 'modern-agriculture',
    subjects: [['柑橘果园', 'citrus orchards'], ['生猪养殖场', 'pig farms'], ['水稻田', 'rice paddies'], ['丘陵山区耕地', 'hillside farmland'], ['茶园', 'tea gardens'], ['农产品', 'farm produce']],
    techniques: [['水肥一体化', 'fertigation'], ['精准饲喂', 'precision feeding'], ['植保无人机', 'crop-spraying drones'], ['质量安全追溯', 'quality traceability'], ['智能农机', 'smart farm machinery'], ['土壤墒情监测', 'soil moisture sensing'], ['AI估重', 'AI weight estimation']],
    outcomes: ['减少化肥农药使用量', '提高养殖效率', '降低丘陵山区作业成本', '让消费者扫码可查'],
    owners: ['市农业农村委', '市科技局', '重庆农投集团', '荣昌区农业农村委'],
  },
  {
    code: 'emergency-management',
    subjects: [['燃气管网', 'gas networks'], ['地质灾害隐患点', 'landslide hazard sites'], ['应急物资储备', 'relief stockpiles'], ['危化品运输车辆', 'hazmat trucks'], ['人员密集场所', 'crowded venues'], ['森林消防', 'forest firefighting']],
    techniques: [['风险监测预警', 'risk early warning'], ['位移雨量监测', 'displacement and rainfall sensing'], ['智能调度', 'smart dispatch'], ['视频AI识别', 'video AI'], ['应急指挥一张图', 'emergency command map'], ['卫星通信', 'satellite communication'], ['群测群防', 'community monitoring']],
    outcomes: ['实现多灾种早期预警', '缩短应急响应时间', '减少人员伤亡和财产损失', '提升综合救援能力'],
    owners: ['市应急管理局', '市消防救援总队', '重庆安全技术职业学院', '市地质灾害防治中心'],
  },
  {
    code: 'mine-safety',
    subjects: [['煤矿综采工作面', 'longwall faces'], ['矿井瓦斯', 'mine gas'], ['井下作业人员', 'underground workers'], ['露天矿山边坡', 'open-pit slopes'], ['皮带运输巷道', 'belt conveyor roadways'], ['尾矿库', 'tailings ponds']],
    techniques: [['智能化综采', 'intelligent mining'], ['安全监控系统', 'safety monitoring'], ['UWB精确定位', 'UWB positioning'], ['边坡雷达监测', 'slope radar'], ['巡检机器人', 'inspection robots'], ['在线监测', 'online monitoring'], ['远程集控', 'remote central control']],
    outcomes: ['实现减人增安', '杜绝瓦斯超限作业', '预防滑坡垮塌事故', '提升矿山本质安全水平'],
    owners: ['市应急管理局', '重庆能源集团', '市煤矿安全监察局', '松藻煤矿'],
  },
  {
    code: 'smart-water',
    subjects: [['嘉陵江流域', 'Jialing River basin'], ['小型水库', 'small reservoirs'], ['农村供水工程', 'rural water supply'], ['山洪沟道', 'flash-flood gullies'], ['河湖岸线', 'river and lake shores'], ['灌区', 'irrigation districts']],
    techniques: [['数字孪生流域', 'digital-twin basin'], ['大坝安全监测', 'dam safety monitoring'], ['水质在线监测', 'online water quality'], ['雨量水位预警', 'rain and level warning'], ['视频AI巡河', 'AI river patrol'], ['四预平台', 'forecast-warn-rehearse-plan'], ['智能计量', 'smart metering']],
    outcomes: ['实现洪水预报预警预演预案', '保障农村饮水安全', '及时转移受威胁群众', '遏制河湖四乱问题'],
    owners: ['市水利局', '重庆水利投资集团', '重庆水务集团', '市水文监测总站'],
  },
  {
    code: 'construction-safety',
    subjects: [['在建工地', 'construction sites'], ['深基坑', 'deep excavations'], ['建筑工人', 'construction workers'], ['老旧房屋', 'old buildings'], ['住宅项目', 'housing projects'], ['塔吊升降机', 'cranes and hoists']],
    techniques: [['智慧工地', 'smart site'], ['自动化监测', 'automated monitoring'], ['实名制考勤', 'real-name attendance'], ['VR安全教育', 'VR safety training'], ['结构健康监测', 'structural health monitoring'], ['建筑机器人', 'construction robots'], ['AI违规识别', 'AI violation detection']],
    outcomes: ['减少高处坠落事故', '实现危大工程实时预警', '提升工人安全意识', '消除房屋安全隐患'],
    owners: ['市住房城乡建委', '重庆建工集团', '中建五局', '重庆城投集团'],
  },
  {
    code: 'forestry-grassland',
    subjects: [['森林火情', 'forest fires'], ['松林', 'pine forests'], ['护林员', 'forest rangers'], ['自然保护区', 'nature reserves'], ['林草资源', 'forest and grass resources'], ['古树名木', 'heritage trees']],
    techniques: [['高点视频监测', 'tower cameras'], ['卫星遥感', 'satellite remote sensing'], ['无人机航拍', 'drone surveys'], ['红外相机', 'camera traps'], ['林长制平台', 'forest chief platform'], ['AI物种识别', 'AI species recognition'], ['一张图', 'one-map']],
    outcomes: ['实现火情早发现早处置', '精准定位疫木', '统计野生动物种群', '动态监管造林绿化任务'],
    owners: ['市林业局', '缙云山国家级自然保护区', '重庆林投公司', '市林业科学研究院'],
  },
  {
    code: 'government-services',
    subjects: [['企业开办', 'business start-up'], ['惠企政策', 'business subsidies'], ['政务大厅', 'service halls'], ['电子证照', 'e-licences'], ['养老金领取', 'pension eligibility'], ['不动产登记', 'property registration']],
    techniques: [['一件事一次办', 'one-stop handling'], ['免申即享', 'no-application benefits'], ['AI导办', 'AI service guide'], ['跨省互认', 'cross-province recognition'], ['无感认证', 'seamless verification'], ['渝快办', 'Yukuaiban app'], ['数据共享', 'data sharing']],
    outcomes: ['让群众少跑腿', '政策直达快享', '压缩办理时限', '实现川渝通办'],
    owners: ['市政府办公厅', '市大数据发展局', '市人力社保局', '市市场监管局'],
  },
  {
    code: 'smart-city',
    subjects: [['城市运行', 'city operations'], ['城市生命线', 'city lifelines'], ['老旧社区', 'old communities'], ['易涝点', 'flood-prone spots'], ['地下管网', 'underground pipes'], ['市政设施', 'municipal facilities']],
    techniques: [['一网统管', 'unified city management'], ['在线监测', 'online monitoring'], ['智慧社区', 'smart community'], ['液位传感', 'level sensing'], ['CIM平台', 'city information model'], ['数字孪生城市', 'digital-twin city'], ['物联感知', 'IoT sensing']],
    outcomes: ['提升城市精细化治理水平', '防范城市运行风险', '提升居民生活便利度', '支撑城市更新决策'],
    owners: ['市城市管理局', '市住房城乡建委', '市大数据发展局', '重庆城投集团'],
  },
  {
    code: 'rural-development',
    subjects: [['行政村', 'villages'], ['特色农产品', 'local produce'], ['农村应急广播', 'rural emergency broadcasting'], ['农村污水设施', 'rural sewage facilities'], ['乡村学校', 'village schools'], ['乡村旅游', 'rural tourism']],
    techniques: [['数字乡村平台', 'digital village platform'], ['电商直播', 'live-stream e-commerce'], ['应急广播', 'emergency broadcast'], ['物联网监测', 'IoT monitoring'], ['双师课堂', 'dual-teacher classroom'], ['积分制治理', 'points-based governance'], ['村务公开', 'village affairs disclosure']],
    outcomes: ['提升乡村治理效能', '带动农民增收', '预警信息覆盖到户', '促进城乡教育均衡'],
    owners: ['市委网信办', '市农业农村委', '市乡村振兴局', '中国电信重庆公司'],
  },
  {
    code: 'healthcare',
    subjects: [['基层医院', 'primary hospitals'], ['乡镇卫生院', 'township clinics'], ['三甲医院', 'tertiary hospitals'], ['急救转运', 'ambulance transfers'], ['慢性病患者', 'chronic patients'], ['电子健康档案', 'e-health records']],
    techniques: [['远程会诊', 'telemedicine'], ['AI辅助诊断', 'AI-assisted diagnosis'], ['智能导诊', 'smart triage'], ['检查结果互认', 'result sharing'], ['5G急救', '5G ambulance'], ['互联网医院', 'internet hospital'], ['可穿戴监测', 'wearable monitoring']],
    outcomes: ['让群众在家门口看好病', '提升基层诊断能力', '缩短急救响应时间', '减少重复检查'],
    owners: ['市卫生健康委', '重庆医科大学附属第一医院', '陆军军医大学西南医院', '市急救医疗中心'],
  },
  {
    code: 'elderly-disability-childcare',
    subjects: [['独居老人', 'elderly living alone'], ['社区托育点', 'community nurseries'], ['残疾人', 'people with disabilities'], ['养老机构', 'care homes'], ['失能老人', 'disabled elderly'], ['幼儿园托班', 'kindergarten toddler classes']],
    techniques: [['智能烟感与紧急呼叫', 'smart alarms'], ['跌倒监测', 'fall detection'], ['智能看护', 'smart monitoring'], ['智能辅具适配', 'assistive device fitting'], ['护理机器人', 'care robots'], ['托幼一体化', 'integrated childcare'], ['智能床垫', 'smart mattresses']],
    outcomes: ['让老人安心居家养老', '缓解家庭育儿压力', '提升残疾人生活自理能力', '减轻护理人员负担'],
    owners: ['市民政局', '市卫生健康委', '市残联', '重庆康养集团'],
  },
  {
    code: 'culture-tourism',
    subjects: [['A级景区', 'scenic areas'], ['博物馆', 'museums'], ['洪崖洞夜景', 'Hongyadong night views'], ['三峡游轮', 'Three Gorges cruises'], ['巴渝文化', 'Bayu culture'], ['红色旅游', 'red tourism']],
    techniques: [['分时预约', 'timed booking'], ['客流监测', 'visitor flow monitoring'], ['VR/AR沉浸式体验', 'immersive VR/AR'], ['数字人导游', 'digital-human guide'], ['光影秀', 'light shows'], ['智能导览', 'smart guide'], ['文旅元宇宙', 'culture metaverse']],
    outcomes: ['提升游客体验', '避免景区超载', '延长游客停留时间', '扩大巴渝文化影响力'],
    owners: ['市文化旅游委', '重庆旅游投资集团', '重庆中国三峡博物馆', '渝中区文化旅游委'],
  },
  {
    code: 'cross-sector-consumption',
    subjects: [['重庆马拉松', 'Chongqing marathon'], ['核心商圈', 'shopping districts'], ['康养旅居地', 'wellness resorts'], ['品牌首店', 'flagship stores'], ['夜间经济街区', 'night-economy streets'], ['社区商业', 'neighbourhood retail']],
    techniques: [['赛事+旅游联票', 'event and travel passes'], ['数字消费券', 'digital vouchers'], ['客流分析', 'footfall analytics'], ['无感停车', 'seamless parking'], ['新品首发', 'product launches'], ['商旅文体健融合', 'retail-travel-culture-sport-health fusion'], ['即时零售', 'instant retail']],
    outcomes: ['拉动消费增长', '提升商圈活力', '培育消费新热点', '延长消费链条'],
    owners: ['市商务委', '市文化旅游委', '市体育局', '重庆商社集团'],
  },
];

export function lexiconOf(code: string): DomainLexicon {
  const found = LEXICON.find((l) => l.code === code);
  if (!found) throw new Error(`no lexicon for domain ${code}`);
  return found;
}
