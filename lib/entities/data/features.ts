import type { DisputeEntity } from '../types';
import { d } from './disputes';

/**
 * Named features inside maritime disputes: the reefs, shoals and islands of the South China Sea that news
 * names on their own. Like Scarborough Shoal and Second Thomas Shoal in disputes.ts, each is a dispute
 * entity, so its card shows every claimant's name for it (Chinese, Philippine, Vietnamese, Taiwanese,
 * Malaysian), with the English chart name as the neutral one. Who occupies a feature is said in the
 * summary; the group it belongs to (Spratlys, Paracels) is its own dispute.
 */
export const FEATURES: readonly DisputeEntity[] = [
  // ── Spratly Islands ─────────────────────────────────────────────────────────────────────────
  d('mischief-reef', 'territorial', { cn: 'Meiji Reef (Meiji Jiao)', ph: 'Panganiban Reef', vn: 'Vành Khăn Reef', tw: 'Meiji Reef' },
    'Reef in the Spratly Islands occupied by China since 1995 and built up into a military outpost with a runway; the 2016 arbitral award found it a low-tide elevation within the Philippines’ exclusive economic zone.',
    {
      name: 'Mischief Reef', neutralName: 'Mischief Reef',
      aliases: ['Mischief Reef', 'Meiji Reef', 'Meiji Jiao', 'Panganiban Reef', 'Vanh Khan Reef', 'Da Vanh Khan'],
      native: ['美济礁', '美濟礁'],
    }),
  d('fiery-cross-reef', 'territorial', { cn: 'Yongshu Reef (Yongshu Jiao)', ph: 'Kagitingan Reef', vn: 'Chữ Thập Reef', tw: 'Yongshu Reef' },
    'Reef in the western Spratlys occupied by China since 1988 and turned by land reclamation into one of its largest bases, with a runway about 3 km long.',
    {
      name: 'Fiery Cross Reef', neutralName: 'Fiery Cross Reef',
      aliases: ['Fiery Cross Reef', 'Fiery Cross', 'Yongshu Reef', 'Yongshu Jiao', 'Kagitingan Reef', 'Chu Thap Reef', 'Da Chu Thap'],
      native: ['永暑礁'],
    }),
  d('subi-reef', 'territorial', { cn: 'Zhubi Reef (Zhubi Jiao)', ph: 'Zamora Reef', vn: 'Xu Bi Reef', tw: 'Zhubi Reef' },
    'Reef near the Philippine-held Thitu Island, occupied by China since 1988 and built up into an airbase.',
    {
      name: 'Subi Reef', neutralName: 'Subi Reef',
      aliases: ['Subi Reef', 'Zhubi Reef', 'Zhubi Jiao', 'Zamora Reef', 'Xu Bi Reef', 'Da Xu Bi'],
      native: ['渚碧礁'],
    }),
  d('johnson-south-reef', 'territorial', { cn: 'Chigua Reef (Chigua Jiao)', vn: 'Gạc Ma Reef', ph: 'Mabini Reef', tw: 'Chigua Reef' },
    'Reef in the Spratlys taken by China from Vietnam in a March 1988 naval clash that killed 64 Vietnamese sailors; China has since built an outpost on it.',
    {
      name: 'Johnson South Reef', neutralName: 'Johnson South Reef',
      aliases: ['Johnson South Reef', 'Johnson Reef', 'Chigua Reef', 'Chigua Jiao', 'Gac Ma', 'Gac Ma Reef', 'Mabini Reef'],
      native: ['赤瓜礁'],
    }),
  d('gaven-reef', 'territorial', { cn: 'Nanxun Reef (Nanxun Jiao)', ph: 'Burgos Reef', vn: 'Ga Ven Reef', tw: 'Nanxun Reef' },
    'Reef in the Spratlys occupied by China since 1988 and enlarged by land reclamation.',
    { name: 'Gaven Reef', neutralName: 'Gaven Reef', aliases: ['Gaven Reef', 'Gaven Reefs', 'Nanxun Jiao', 'Nanxun Reef', 'Burgos Reef', 'Ga Ven Reef'], native: ['南薰礁'] }),
  d('cuarteron-reef', 'territorial', { cn: 'Huayang Reef (Huayang Jiao)', ph: 'Calderon Reef', vn: 'Châu Viên Reef', tw: 'Huayang Reef' },
    'Reef in the south-western Spratlys occupied by China since 1988 and enlarged by land reclamation.',
    { name: 'Cuarteron Reef', neutralName: 'Cuarteron Reef', aliases: ['Cuarteron Reef', 'Huayang Jiao', 'Huayang Reef', 'Calderon Reef', 'Chau Vien Reef'], native: ['华阳礁'] }),
  d('thitu-island', 'territorial', { ph: 'Pag-asa Island', cn: 'Zhongye Island (Zhongye Dao)', vn: 'Thị Tứ Island', tw: 'Zhongye Island' },
    'Largest feature held by the Philippines in the Spratlys, with a small civilian community and an airstrip; Chinese coast guard and militia vessels gather in the surrounding waters.',
    {
      name: 'Thitu Island', neutralName: 'Thitu Island',
      aliases: ['Thitu Island', 'Thitu', 'Pag-asa Island', 'Pagasa Island', 'Zhongye Dao', 'Zhongye Island', 'Thi Tu Island', 'Dao Thi Tu'],
      native: ['中业岛', '中業島'],
    }),
  d('itu-aba', 'territorial', { tw: 'Taiping Island', cn: 'Taiping Island (Taiping Dao)', vn: 'Ba Bình Island', ph: 'Ligaw Island' },
    'Largest naturally formed island in the Spratlys, held by Taiwan since 1956, with an airstrip and a coast guard garrison; the 2016 arbitral award classed it as a rock, which Taiwan rejects.',
    {
      name: 'Itu Aba', neutralName: 'Itu Aba',
      aliases: ['Itu Aba', 'Itu Aba Island', 'Taiping Island', 'Taiping Dao', 'Ba Binh Island', 'Ligaw Island'],
      native: ['太平島', '太平岛'],
    }),
  d('whitsun-reef', 'territorial', { ph: 'Julian Felipe Reef', cn: 'Niu’e Reef (Niu’e Jiao)', vn: 'Ba Đầu Reef', tw: 'Niu’e Reef' },
    'Boomerang-shaped reef within the Philippines’ exclusive economic zone where some 220 Chinese vessels, which Manila called maritime militia, massed in March 2021.', // cnnphilippines.com 2021-03-23, philstar.com 2021-03-31
    {
      name: 'Whitsun Reef', neutralName: 'Whitsun Reef',
      aliases: ['Whitsun Reef', 'Julian Felipe Reef', 'Niu’e Jiao', 'Niue Jiao', 'Niu’e Reef', 'Ba Đầu Reef', 'Ba Dau Reef', 'Da Ba Dau'],
      native: ['牛轭礁'],
    }),
  d('sabina-shoal', 'territorial', { ph: 'Escoda Shoal', cn: 'Xianbin Reef (Xianbin Jiao)', vn: 'Sa Bin Shoal', tw: 'Xianbin Reef' },
    'Shoal near Second Thomas Shoal and within the Philippines’ exclusive economic zone, where a Philippine coast guard ship was stationed from April to September 2024 and was rammed by a Chinese coast guard ship on 31 August.', // mb.com.ph 2024-08-31, tribune.net.ph 2024-09-15
    {
      name: 'Sabina Shoal', neutralName: 'Sabina Shoal',
      aliases: ['Sabina Shoal', 'Escoda Shoal', 'Xianbin Jiao', 'Xianbin Reef', 'Sa Bin Shoal', 'Bai Sa Bin'],
      native: ['仙宾礁', '仙賓礁'],
    }),
  d('reed-bank', 'maritime', { ph: 'Recto Bank', cn: 'Liyue Bank (Liyue Tan)', vn: 'Cỏ Rong Bank', tw: 'Liyue Bank' },
    'Submerged bank west of Palawan, within the Philippines’ exclusive economic zone and thought to hold gas, where Chinese ships have blocked Philippine surveys; a Chinese vessel sank a Filipino fishing boat there in June 2019.',
    { name: 'Reed Bank', neutralName: 'Reed Bank', aliases: ['Reed Bank', 'Recto Bank', 'Liyue Tan', 'Liyue Bank', 'Co Rong Bank'], native: ['礼乐滩', '禮樂灘'] }),
  d('vanguard-bank', 'maritime', { vn: 'Tư Chính Bank', cn: 'Wan’an Bank (Wan’an Tan)', tw: 'Wan’an Bank' },
    'Submerged bank on Vietnam’s continental shelf in the south-west of the South China Sea, where a Chinese survey ship and coast guard escorts faced off with Vietnamese vessels from July 2019.', // scmp.com 2019-07-12, thediplomat.com 2019-08
    { name: 'Vanguard Bank', neutralName: 'Vanguard Bank', aliases: ['Vanguard Bank', 'Tu Chinh Bank', 'Bai Tu Chinh', 'Wan’an Tan', 'Wanan Tan', 'Wan’an Bank'], native: ['万安滩', '萬安灘'] }),
  d('luconia-shoals', 'maritime', { my: 'Beting Patinggi Ali', cn: 'Beikang and Nankang Ansha', tw: 'Beikang and Nankang Ansha' },
    'Shoals off Sarawak within Malaysia’s exclusive economic zone where Chinese coast guard ships maintain a near-constant presence.',
    { name: 'Luconia Shoals', neutralName: 'Luconia Shoals', aliases: ['Luconia Shoals', 'Luconia Shoal', 'Beting Patinggi Ali', 'Nankang Ansha', 'Beikang Ansha'], native: ['南康暗沙', '北康暗沙'] }),
  d('james-shoal', 'maritime', { my: 'Beting Serupai', cn: 'Zengmu Reef (Zengmu Ansha)', tw: 'Zengmu Reef' },
    'Submerged shoal about 80 km off Sarawak, within Malaysia’s exclusive economic zone, that China describes as its southernmost territory.',
    { name: 'James Shoal', neutralName: 'James Shoal', aliases: ['James Shoal', 'Beting Serupai', 'Zengmu Ansha', 'Zengmu Reef'], native: ['曾母暗沙'] }),

  // ── Paracel Islands ─────────────────────────────────────────────────────────────────────────
  d('woody-island', 'territorial', { cn: 'Yongxing Island (Yongxing Dao)', vn: 'Phú Lâm Island', tw: 'Yongxing Island' },
    'Largest of the Paracel Islands, held by China since the 1950s and the seat of its Sansha city administration since 2012, with an airfield and, since 2016, surface-to-air missiles; Vietnam and Taiwan claim it.',
    {
      name: 'Woody Island', neutralName: 'Woody Island',
      aliases: ['Woody Island', 'Yongxing Island', 'Yongxing Dao', 'Phu Lam Island', 'Dao Phu Lam'],
      native: ['永兴岛', '永興島'],
    }),
  d('triton-island', 'territorial', { cn: 'Zhongjian Island (Zhongjian Dao)', vn: 'Tri Tôn Island', tw: 'Zhongjian Island' },
    'Southernmost island of the Paracels, nearest to Vietnam, held by China since 1974; Chinese building on it has drawn Vietnamese protests.',
    { name: 'Triton Island', neutralName: 'Triton Island', aliases: ['Triton Island', 'Zhongjian Island', 'Zhongjian Dao', 'Tri Ton Island', 'Dao Tri Ton'], native: ['中建岛', '中建島'] }),

  // ── More Spratly features ───────────────────────────────────────────────────────────────────
  d('sandy-cay', 'territorial', { ph: 'Pag-asa Cays', cn: 'Tiexian Reef (Tiexian Jiao)', tw: 'Tiexian Reef' },
    'Sandbars near the Philippine-held Thitu Island, unoccupied, where Chinese and Philippine personnel have landed to assert their claims.',
    { name: 'Sandy Cay', neutralName: 'Sandy Cay', aliases: ['Sandy Cay', 'Pag-asa Cays', 'Pag-asa Cay', 'Tiexian Jiao', 'Tiexian Reef'], native: ['铁线礁'] }),
  d('swallow-reef', 'territorial', { my: 'Pulau Layang-Layang', cn: 'Danwan Reef (Danwan Jiao)', vn: 'Hoa Lau Reef', tw: 'Danwan Reef' },
    'Reef in the southern Spratlys held by Malaysia since 1983, with a naval station, an airstrip and a dive resort.',
    { name: 'Swallow Reef', neutralName: 'Swallow Reef', aliases: ['Swallow Reef', 'Layang-Layang', 'Pulau Layang-Layang', 'Danwan Jiao', 'Danwan Reef', 'Hoa Lau Reef'], native: ['弹丸礁'] }),
  d('namyit-island', 'territorial', { vn: 'Nam Yết Island', cn: 'Hongxiu Island (Hongxiu Dao)', ph: 'Binago Island', tw: 'Hongxiu Island' },
    'Island in the Tizard Bank of the Spratlys held by Vietnam, which has enlarged it.',
    { name: 'Namyit Island', neutralName: 'Namyit Island', aliases: ['Namyit Island', 'Nam Yet Island', 'Hongxiu Dao', 'Hongxiu Island', 'Binago Island'], native: ['鸿庥岛', '鴻庥島'] }),
  d('spratly-island', 'territorial', { vn: 'Trường Sa Lớn Island', cn: 'Nanwei Island (Nanwei Dao)', ph: 'Lagos Island', tw: 'Nanwei Island' },
    'The island the Spratlys are named after, held by Vietnam as the centre of its administration there, with an airstrip.',
    { name: 'Spratly Island', neutralName: 'Spratly Island', aliases: ['Spratly Island', 'Truong Sa Lon', 'Truong Sa Island', 'Nanwei Dao', 'Nanwei Island', 'Lagos Island'], native: ['南威岛', '南威島'] }),
  d('west-york-island', 'territorial', { ph: 'Likas Island', cn: 'Xiyue Island (Xiyue Dao)', vn: 'Dừa Island', tw: 'Xiyue Island' },
    'Island in the northern Spratlys held by the Philippines.',
    { name: 'West York Island', neutralName: 'West York Island', aliases: ['West York Island', 'Likas Island', 'Xiyue Dao', 'Xiyue Island', 'Dua Island'], native: ['西月岛', '西月島'] }),
  d('loaita-island', 'territorial', { ph: 'Kota Island', cn: 'Nanyue Island (Nanyue Dao)', vn: 'Loại Ta Island', tw: 'Nanyue Island' },
    'Island in the northern Spratlys held by the Philippines.',
    { name: 'Loaita Island', neutralName: 'Loaita Island', aliases: ['Loaita Island', 'Kota Island', 'Nanyue Dao', 'Nanyue Island', 'Loai Ta Island'], native: ['南钥岛', '南鑰島'] }),
  d('northeast-cay', 'territorial', { ph: 'Parola Island', cn: 'Beizi Island (Beizi Dao)', vn: 'Song Tử Đông Island', tw: 'Beizi Island' },
    'Cay in the northern Spratlys held by the Philippines, across a channel from Vietnamese-held Southwest Cay.',
    { name: 'Northeast Cay', neutralName: 'Northeast Cay', aliases: ['Northeast Cay', 'North East Cay', 'Parola Island', 'Beizi Dao', 'Beizi Island', 'Song Tu Dong', 'Song Tu Dong Island', 'Song Tử Đông Island'], native: ['北子岛', '北子島'] }),
  d('southwest-cay', 'territorial', { vn: 'Song Tử Tây Island', cn: 'Nanzi Island (Nanzi Dao)', ph: 'Pugad Island', tw: 'Nanzi Island' },
    'Cay in the northern Spratlys held by Vietnam since 1975.',
    { name: 'Southwest Cay', neutralName: 'Southwest Cay', aliases: ['Southwest Cay', 'South West Cay', 'Song Tu Tay', 'Song Tu Tay Island', 'Nanzi Dao', 'Nanzi Island', 'Pugad Island'], native: ['南子岛', '南子島'] }),
  d('half-moon-shoal', 'territorial', { ph: 'Hasa-Hasa Shoal', cn: 'Banyue Reef (Banyue Jiao)', vn: 'Trăng Khuyết Reef', tw: 'Banyue Reef' },
    'Atoll off Palawan within the Philippines’ exclusive economic zone, unoccupied, where Chinese vessels are often seen.',
    { name: 'Half Moon Shoal', neutralName: 'Half Moon Shoal', aliases: ['Half Moon Shoal', 'Hasa-Hasa Shoal', 'Hasa Hasa Shoal', 'Banyue Jiao', 'Banyue Reef', 'Trang Khuyet Reef'], native: ['半月礁'] }),
  d('commodore-reef', 'territorial', { ph: 'Rizal Reef', my: 'Terumbu Laksamana', cn: 'Siling Reef (Siling Jiao)', vn: 'Công Đo Reef', tw: 'Siling Reef' },
    'Reef in the eastern Spratlys held by the Philippines and claimed also by Malaysia, China, Vietnam and Taiwan.',
    { name: 'Commodore Reef', neutralName: 'Commodore Reef', aliases: ['Commodore Reef', 'Rizal Reef', 'Terumbu Laksamana', 'Siling Jiao', 'Siling Reef', 'Cong Do Reef', 'Công Đo Reef'], native: ['司令礁'] }),

  // ── Pratas and more Paracel features ────────────────────────────────────────────────────────
  d('pratas-islands', 'territorial', { tw: 'Dongsha Islands', cn: 'Dongsha Islands (Dongsha Qundao)' },
    'Atoll in the northern South China Sea held by Taiwan, with a coast guard garrison and an airstrip; China claims it and its vessels and aircraft often approach.',
    { name: 'Pratas Islands', neutralName: 'Pratas Islands', aliases: ['Pratas Islands', 'Pratas Island', 'Pratas', 'Dongsha Islands', 'Dongsha Island', 'Dongsha Atoll', 'Dongsha'], native: ['东沙群岛', '東沙群島'] }),
  d('duncan-island', 'territorial', { cn: 'Chenhang Island (Chenhang Dao)', vn: 'Quang Hòa Island', tw: 'Chenhang Island' },
    'Island in the Crescent Group of the Paracels held by China since the 1974 battle with South Vietnam, with a military harbour.',
    { name: 'Duncan Island', neutralName: 'Duncan Island', aliases: ['Duncan Island', 'Chenhang Dao', 'Chenhang Island', 'Quang Hoa Island'], native: ['琛航岛', '琛航島'] }),
  d('pattle-island', 'territorial', { cn: 'Shanhu Island (Shanhu Dao)', vn: 'Hoàng Sa Island', tw: 'Shanhu Island' },
    'Island in the Crescent Group of the Paracels, held by South Vietnam until China took it in January 1974.',
    { name: 'Pattle Island', neutralName: 'Pattle Island', aliases: ['Pattle Island', 'Shanhu Dao', 'Shanhu Island', 'Hoang Sa Island'], native: ['珊瑚岛', '珊瑚島'] }),
  d('tree-island', 'territorial', { cn: 'Zhaoshu Island (Zhaoshu Dao)', vn: 'Cây Island', tw: 'Zhaoshu Island' },
    'Island in the Amphitrite Group of the Paracels held by China, which has built on it.',
    { name: 'Tree Island (Paracels)', neutralName: 'Tree Island', aliases: ['Zhaoshu Dao', 'Zhaoshu Island', 'Cay Island'], native: ['赵述岛', '趙述島'] }),
  d('lincoln-island', 'territorial', { cn: 'Dong Island (Dong Dao)', vn: 'Linh Côn Island', tw: 'Dong Island' },
    'Island in the eastern Paracels held by China.',
    { name: 'Lincoln Island', neutralName: 'Lincoln Island', aliases: ['Lincoln Island', 'Dong Dao', 'Dong Island', 'Linh Con Island'], native: ['东岛', '東島'] }),
  d('bombay-reef', 'territorial', { cn: 'Langhua Reef (Langhua Jiao)', vn: 'Bông Bay Reef', tw: 'Langhua Reef' },
    'Reef in the south-eastern Paracels held by China.',
    { name: 'Bombay Reef', neutralName: 'Bombay Reef', aliases: ['Bombay Reef', 'Langhua Jiao', 'Langhua Reef', 'Bong Bay Reef'], native: ['浪花礁'] }),
];
