/**
 * The HongTu document's coded values (its 数据字典 and the code lists of the request tables) as n8n options,
 * named in English as the document defines each code. Fields that take one of them are `options`, lists of
 * them `multiOptions`; the wire values stay the document's codes.
 */
import type { ParameterOption } from '../../shared/engine/definitions';

const opts = (entries: Array<[number | string, string]>): ParameterOption[] => entries.map(([value, name]) => ({ name, value }));

/** 人员类型 */
export const PERSON_TYPES = opts([[1, 'Employee'], [2, 'Visitor'], [3, 'Key Person']]);
/** 组类型 */
export const GROUP_TYPES = opts([[1, 'Employee Group'], [2, 'Visitor Group'], [3, 'Key Person Group']]);
export const SEX = opts([[0, 'Unknown'], [1, 'Male'], [2, 'Female']]);
/** 访客类型 */
export const VISIT_TYPES = opts([[1, 'Ordinary Visitor'], [2, 'VIP Visitor']]);

/** 设备类型 */
export const DEVICE_TYPES = {
	smartCamera: [1, 'Smart Camera'],
	facePanel: [2, 'Smart Face Panel'],
	smartServer: [3, 'Smart Server'],
	networkCamera: [4, 'Network Camera'],
	storageServer: [5, 'Storage Server (NVR)'],
} as const;
export const deviceTypes = (...types: Array<keyof typeof DEVICE_TYPES>): ParameterOption[] =>
	opts(types.map((type) => [...DEVICE_TYPES[type]]));

/** 设备型号 (35 MegEye-W3K-45S appears only in the model list of 查询同步列表) */
export const DEVICE_MODELS = opts([
	[1, 'MegEye-W5K-I8'],
	[2, 'MegEye-W4K-E7'],
	[3, 'MegEye-W4K-I51'],
	[4, 'MegEye-C3S-123'],
	[5, 'MegEye-C4H-141'],
	[6, 'MegEye-C4H-241'],
	[7, 'MegEye-C4N-888'],
	[8, 'MegEye-C4S-222'],
	[9, 'MegEye-C4S-322'],
	[10, 'MegEye-C4R-122'],
	[11, 'MegEye-C4R-222'],
	[12, 'MegEye-C4R-322'],
	[13, 'Smart IPC'],
	[21, 'IPC'],
	[22, 'MegBox-B3R-412'],
	[23, 'MegBox-B3R-1012'],
	[24, 'MegNVR-N4K-001'],
	[25, 'MegNVR-N4M-001'],
	[26, 'MegNVR-N8K-281'],
	[27, 'MegNVR-N8M-281'],
	[28, 'MegNVR-N8P-281'],
	[29, 'Hikvision Camera'],
	[30, 'Dahua Camera'],
	[31, 'Uniview Camera'],
	[32, 'Kedacom Camera'],
	[33, 'Huawei Camera'],
	[34, 'MegEye-W4K-I52'],
	[35, 'MegEye-W3K-45S'],
	[36, 'MegEye-W4K-I31'],
	[37, 'MegBox-B3R-1012(H1)'],
	[40, 'MegEye-W5K-EA'],
	[41, 'MegEye-W5K-EA-D'],
	[42, 'MegEye-W5K-EA-T'],
	[43, 'MegEye-W5K-EA-DT'],
	[44, 'MegEye-W4K-E82'],
	[45, 'SmartEye-W4K-E7'],
	[57, 'MegCube-B4H16-311'],
]);

/** 设备模式 */
export const DEVICE_MODES = opts([
	[1, 'Face Recognition'],
	[2, 'Structured'],
	[3, 'Perimeter Alert'],
	[4, 'Face Capture'],
	[5, 'Mixed (B3R Devices)'],
	[12, 'Full (B4H Devices)'],
]);

/** 接入模式 */
export const DISCOVERY_METHODS = opts([[1, 'Reported by the Device'], [2, 'Added in the Web Console']]);

/** 出勤调整类型 */
export const ADJUST_TYPES = opts([[1, 'Punch Correction'], [2, 'Leave'], [3, 'Time Off in Lieu'], [4, 'Shift Swap']]);

/** 时间计划 type: which module a time plan serves */
export const TIME_PLAN_TYPES = opts([[1, 'Pass'], [2, 'Security'], [3, 'Event']]);

/** 车牌基础类型 (vehicle library) */
export const BASIC_PLATE_TYPES = opts([
	[1, 'Standard Civilian or Military'],
	[2, "'006' Vehicle"],
	[3, 'Police'],
	[4, 'Military Double-Row Rear Plate'],
	[5, 'Embassy'],
	[6, 'Agricultural'],
	[7, 'Motorcycle'],
	[8, 'New Energy'],
]);
/** 基础车辆类型 (vehicle library) */
export const BASIC_VEHICLE_TYPES = opts([[1, 'Small Vehicle'], [2, 'Large Vehicle'], [3, 'Motorcycle'], [4, 'Other']]);
/** 车辆&结构化布控类型 */
export const CONTROL_RULE_TYPES = opts([[1, 'Structured Data Control'], [2, 'Vehicle Control']]);

/** 车辆类型 (recognised vehicles) */
export const VEHICLE_TYPES = opts([
	[0, 'Unknown'],
	[1, 'Hatchback'],
	[2, 'Sedan'],
	[3, 'Coupe'],
	[4, 'Small Car'],
	[5, 'Mini Car'],
	[6, 'MPV'],
	[7, 'SUV'],
	[8, 'Large Bus'],
	[9, 'Medium Bus'],
	[10, 'Van'],
	[11, 'Mini Van'],
	[12, 'Truck'],
	[13, 'Medium Truck'],
	[14, 'Tanker'],
	[15, 'Crane'],
	[16, 'Dump Truck'],
	[17, 'Small Truck'],
	[18, 'Pickup'],
	[19, 'Mini Truck'],
	[20, 'Two-Wheeler'],
	[21, 'Tricycle'],
	[29, 'Trailer'],
	[30, 'Small Vehicle (Broad Class)'],
	[31, 'Large Vehicle (Broad Class)'],
	[100, 'Bicycle'],
	[101, 'Electric Bike'],
	[102, 'Motorcycle'],
]);
/** the non-motor vehicle types of 非机动车数据检索 */
export const NON_MOTOR_VEHICLE_TYPES = VEHICLE_TYPES.filter((o) => [20, 21, 100, 101, 102].includes(o.value as number));

/** 车身颜色 */
export const VEHICLE_COLORS = opts([
	[0, 'White'],
	[1, 'Red'],
	[2, 'Yellow'],
	[5, 'Green'],
	[7, 'Purple'],
	[8, 'Pink'],
	[9, 'Black'],
	[10, 'Orange'],
	[11, 'Silver'],
	[12, 'Champagne'],
	[13, 'Grey'],
	[15, 'Blue'],
	[21, 'Cyan'],
	[29, 'Brown'],
	[32, 'Dark Blue'],
	[40, 'Multicolour'],
	[99, 'Unknown'],
]);
/** 车牌颜色 */
export const PLATE_COLORS = opts([
	[0, 'Unknown'],
	[1, 'Blue'],
	[2, 'Yellow'],
	[3, 'White'],
	[4, 'Black'],
	[5, 'Green'],
	[6, 'Gradient Green, Black Characters'],
	[7, 'Yellow-Green Split, Black Characters'],
]);
/** 车辆功能用车 */
export const VEHICLE_FUNCTIONS = opts([
	[0, 'Unknown'],
	[1, 'Excavator'],
	[2, 'Dump Truck'],
	[3, 'School Bus'],
	[4, 'Ambulance'],
	[5, 'Police Car'],
	[6, 'Container Truck'],
]);
/** 车辆专项作业 */
export const SPECIAL_OPERATIONS = opts([[0, 'Unknown'], [7, 'Concrete Mixer'], [8, 'Fire Engine']]);
/** 车辆身份 */
export const VEHICLE_IDENTITIES = opts([
	[1, 'Key Vehicle'],
	[2, 'Employee Vehicle'],
	[3, 'Visitor Vehicle'],
	[4, 'Unknown Vehicle'],
	[5, 'Known Vehicle'],
]);
/** 车辆品牌 (the document lists code 139 twice: 红岩汽车 and 凯翼) */
export const VEHICLE_BRANDS: ParameterOption[] = [
	{ name: 'Other', value: 0 },
	{ name: 'Volkswagen', value: 1 },
	{ name: 'Audi', value: 2 },
	{ name: 'Toyota', value: 3 },
	{ name: 'Honda', value: 4 },
	{ name: 'Mercedes-Benz', value: 5 },
	{ name: 'Chevrolet', value: 6 },
	{ name: 'Chery', value: 7 },
	{ name: 'Buick', value: 8 },
	{ name: 'Great Wall', value: 9 },
	{ name: 'Hyundai', value: 10 },
	{ name: 'Nissan', value: 11 },
	{ name: 'Ford', value: 12 },
	{ name: 'BMW', value: 13 },
	{ name: 'Citroen', value: 14 },
	{ name: 'Kia', value: 15 },
	{ name: 'Suzuki', value: 16 },
	{ name: 'Mazda', value: 17 },
	{ name: 'BYD', value: 18 },
	{ name: 'Peugeot', value: 20 },
	{ name: 'Changan', value: 21 },
	{ name: 'Lexus', value: 22 },
	{ name: 'Brilliance', value: 23 },
	{ name: 'Skoda', value: 24 },
	{ name: 'Haima', value: 25 },
	{ name: 'Xiali', value: 26 },
	{ name: 'Wuling', value: 27 },
	{ name: 'Dongfeng', value: 28 },
	{ name: 'Hafei', value: 29 },
	{ name: 'FAW', value: 30 },
	{ name: 'Baojun', value: 31 },
	{ name: 'Emgrand (Geely)', value: 32 },
	{ name: 'MG', value: 33 },
	{ name: 'Soueast', value: 34 },
	{ name: 'Crown (Toyota)', value: 35 },
	{ name: 'Jinbei', value: 36 },
	{ name: 'Mitsubishi', value: 37 },
	{ name: 'Roewe', value: 38 },
	{ name: 'Geely', value: 39 },
	{ name: 'Englon (Geely)', value: 40 },
	{ name: 'Gleagle (Geely)', value: 41 },
	{ name: 'Hafei Saibao', value: 42 },
	{ name: 'Changfeng', value: 43 },
	{ name: 'BAIC Weiwang', value: 44 },
	{ name: 'BAIC', value: 45 },
	{ name: 'Xinkai', value: 46 },
	{ name: 'Gonow', value: 47 },
	{ name: 'Maserati', value: 48 },
	{ name: 'Rover', value: 49 },
	{ name: 'Austin', value: 50 },
	{ name: 'Dodge', value: 52 },
	{ name: 'Jaguar', value: 55 },
	{ name: 'Alfa Romeo', value: 57 },
	{ name: 'Lamborghini', value: 58 },
	{ name: 'Bugatti', value: 59 },
	{ name: 'Lincoln', value: 60 },
	{ name: 'Ferrari', value: 61 },
	{ name: 'Changhe', value: 62 },
	{ name: 'Fiat', value: 63 },
	{ name: 'Foton', value: 64 },
	{ name: 'Acura', value: 65 },
	{ name: 'Lotus', value: 66 },
	{ name: 'Huapu', value: 67 },
	{ name: 'Hongqi', value: 68 },
	{ name: 'Riich', value: 69 },
	{ name: 'Besturn (FAW)', value: 70 },
	{ name: 'Rely', value: 71 },
	{ name: 'Zotye', value: 72 },
	{ name: 'Lifan', value: 73 },
	{ name: 'Jeep (JEEP)', value: 74 },
	{ name: 'ZX Auto', value: 75 },
	{ name: 'Karry', value: 76 },
	{ name: 'Land Rover', value: 77 },
	{ name: 'Maybach', value: 78 },
	{ name: 'Renault', value: 79 },
	{ name: 'Opel', value: 80 },
	{ name: 'Yema', value: 81 },
	{ name: 'Jeep', value: 82 },
	{ name: 'Iveco', value: 83 },
	{ name: 'Infiniti', value: 84 },
	{ name: 'Subaru', value: 85 },
	{ name: 'Aston Martin', value: 86 },
	{ name: 'Ankai', value: 87 },
	{ name: 'Porsche', value: 88 },
	{ name: 'Bentley', value: 89 },
	{ name: 'Foday', value: 90 },
	{ name: 'Fujian Benz', value: 91 },
	{ name: 'GMC', value: 92 },
	{ name: 'Qoros', value: 93 },
	{ name: 'GAC', value: 94 },
	{ name: 'SsangYong', value: 95 },
	{ name: 'Higer', value: 96 },
	{ name: 'Hummer', value: 97 },
	{ name: 'Hawtai', value: 98 },
	{ name: 'Huanghai', value: 99 },
	{ name: 'Jiulong', value: 100 },
	{ name: 'Everus', value: 101 },
	{ name: 'Smart (Mercedes-Benz)', value: 102 },
	{ name: 'Landwind', value: 103 },
	{ name: 'Luxgen', value: 104 },
	{ name: 'Oulang', value: 105 },
	{ name: 'Venucia', value: 106 },
	{ name: 'Haval', value: 107 },
	{ name: 'HOWO', value: 108 },
	{ name: 'Shanghai Huizhong (SAIC)', value: 109 },
	{ name: 'King Long', value: 110 },
	{ name: 'JAC', value: 112 },
	{ name: 'JMC (Jiangling)', value: 113 },
	{ name: 'Cadillac', value: 114 },
	{ name: 'MINI (BMW)', value: 116 },
	{ name: 'Shaanxi Auto', value: 117 },
	{ name: 'Shaolin', value: 118 },
	{ name: 'Volvo', value: 119 },
	{ name: 'Isuzu (Qingling)', value: 120 },
	{ name: 'Yuejin', value: 121 },
	{ name: 'Yutong', value: 122 },
	{ name: 'Zhongtong', value: 123 },
	{ name: 'Sunwin', value: 125 },
	{ name: 'Yangtse', value: 126 },
	{ name: 'Beiben Trucks', value: 128 },
	{ name: 'Rolls-Royce', value: 130 },
	{ name: 'Tesla', value: 131 },
	{ name: 'Denza', value: 132 },
	{ name: 'Yingzhi', value: 134 },
	{ name: 'SEAT', value: 135 },
	{ name: 'Yaxing', value: 136 },
	{ name: 'Daewoo Bus', value: 137 },
	{ name: 'Changan DS', value: 138 },
	{ name: 'Hongyan (SAIC-Iveco) or Cowin', value: 139 },
	{ name: 'SAIC Maxus', value: 140 },
	{ name: 'Honda Ciimo', value: 141 },
	{ name: 'Kama', value: 142 },
];

/** 年龄 */
export const AGE_GROUPS = opts([
	[0, 'Unknown'],
	[1, 'Child'],
	[2, 'Juvenile'],
	[3, 'Young Adult'],
	[4, 'Middle-Aged'],
	[5, 'Late Middle-Aged'],
	[6, 'Elderly'],
]);
/** 颜色类型 (hats and clothes) */
export const CLOTHING_COLORS = opts([
	[0, 'Unknown'],
	[1, 'White'],
	[2, 'Grey'],
	[3, 'Brown'],
	[4, 'Red'],
	[5, 'Blue'],
	[6, 'Yellow'],
	[7, 'Green'],
	[8, 'Pink'],
	[9, 'Orange'],
	[10, 'Cyan'],
	[11, 'Purple'],
	[12, 'Light Blue'],
	[13, 'Dark Blue'],
	[14, 'Black'],
	[15, 'Multicolour'],
]);
/** the attribute codes of structured data: 0 unknown, 1 without, 2 with (e.g. 1 无帽子, 2 有帽子) */
export const attribute = (without: string, withIt: string): ParameterOption[] => opts([[0, 'Unknown'], [1, without], [2, withIt]]);

/** 警戒类型, in the order of the request table of 警戒记录列表查询 */
export const AREA_ALERT_TYPES = opts([
	[1, 'Person Line Crossing'],
	[2, 'Person Intrusion'],
	[3, 'Vehicle Line Crossing'],
	[31, 'Motor Vehicle Line Crossing'],
	[32, 'Non-Motor Vehicle Line Crossing'],
	[4, 'Vehicle No-Parking'],
	[41, 'Motor Vehicle No-Parking'],
	[42, 'Non-Motor Vehicle No-Parking'],
	[5, 'Wall Climbing'],
	[6, 'Loitering'],
	[7, 'Motor Vehicle Leaving'],
	[8, 'Non-Motor Vehicle Leaving'],
	[10, 'Post Left'],
	[11, 'Post Overstaffed'],
	[12, 'Post Understaffed'],
	[13, 'Running'],
	[14, 'Fall'],
	[15, 'Fighting'],
	[16, 'Smoking'],
	[17, 'Looking at Phone'],
	[18, 'Phone Call'],
	[19, 'Crowd Gathering'],
	[20, 'Anti-Collision Warning'],
	[21, 'Wrong-Way Driving'],
	[22, 'Sleeping on Duty'],
]);

/** 规则 type / typeList: whom a person deployment rule watches */
export const RULE_PERSON_TYPES = opts([[1, 'Key Person'], [2, 'Unknown Person'], [3, 'Employee'], [4, 'Visitor']]);

/** 订阅业务类型 */
export const BUSINESS_TYPES = opts([
	[1, 'Security Recognition Records'],
	[2, 'Vehicle Recognition Records'],
	[3, 'Perimeter Alert Records'],
	[5, 'Pass Records'],
	[12, 'Structured Full-Attribute Recognition Records'],
]);

export const WEEKDAYS = opts([
	['MONDAY', 'Monday'],
	['TUESDAY', 'Tuesday'],
	['WEDNESDAY', 'Wednesday'],
	['THURSDAY', 'Thursday'],
	['FRIDAY', 'Friday'],
	['SATURDAY', 'Saturday'],
	['SUNDAY', 'Sunday'],
]);
