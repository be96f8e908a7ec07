<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AggregateGdAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Aggregate GD capacity per zone</source>
        <translation>Agregar capacidade de GD por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Counts the distributed-generation (GD) units in each zone and sums their installed capacity, in total and by generation type, consumer class and modality.

&lt;b&gt;GD_UNITS&lt;/b&gt;: point layer of GD units (e.g. the output of download_aneel_gd), any CRS.
&lt;b&gt;ZONES&lt;/b&gt;: polygon layer (municipalities, concession areas, drawn polygons), any CRS; invalid polygons are repaired (makeValid) and counted in the log.
&lt;b&gt;ZONE_ID&lt;/b&gt;: zone field holding the 7-digit IBGE code (needed for the IBGE-code method).
&lt;b&gt;METHOD&lt;/b&gt;: 'By location' (point in polygon; a point on two overlapping zones counts in both) or 'By IBGE code' (unit field IBGE_FIELD against ZONE_ID; 6-digit codes match).
&lt;b&gt;AS_OF&lt;/b&gt;: optional date; units connected after it are left out, so a past day is modelled with the fleet of that day. Units without a connection date always count and are reported.
&lt;b&gt;CAPACITY_FIELD, TYPE_FIELD, CLASS_FIELD, MODALITY_FIELD, DATE_FIELD, IBGE_FIELD&lt;/b&gt;: names of the GD layer's fields (defaults: capacity_kw, generation_type, consumer_class, modality, connected_on, ibge_code). Missing optional fields count as 'other'.

&lt;b&gt;OUTPUT&lt;/b&gt;: the zones (same CRS) with their fields plus gd_units, gd_capacity_kw, gd_undated (units without connection date), cap_ufv_kw, cap_ute_kw, cap_cgh_kw, cap_eol_kw, cap_other_type_kw, cap_class_residential_kw, cap_class_commercial_kw, cap_class_rural_kw, cap_class_industrial_kw, cap_class_public_authority_kw, cap_class_public_service_kw, cap_class_public_lighting_kw, cap_class_other_kw, cap_mod_own_site_kw, cap_mod_remote_self_kw, cap_mod_shared_kw, cap_mod_multi_unit_kw, cap_mod_other_kw (all kW).
&lt;b&gt;OUTSIDE&lt;/b&gt;: optional point layer of the units inside no zone.
Outputs OUTSIDE_COUNT, UNDATED_COUNT, REPAIRED_ZONES report the counts.</source>
        <translation>Conta as unidades de geração distribuída (GD) em cada zona e soma a potência instalada, no total e por tipo de geração, classe de consumo e modalidade.

&lt;b&gt;GD_UNITS&lt;/b&gt;: camada de pontos das unidades de GD (por exemplo, a saída de download_aneel_gd), em qualquer SRC.
&lt;b&gt;ZONES&lt;/b&gt;: camada de polígonos (municípios, áreas de concessão, polígonos desenhados), em qualquer SRC; polígonos inválidos são reparados (makeValid) e contados no log.
&lt;b&gt;ZONE_ID&lt;/b&gt;: campo da zona com o código IBGE de 7 dígitos (necessário no método por código IBGE).
&lt;b&gt;METHOD&lt;/b&gt;: 'Por localização' (ponto no polígono; um ponto sobre duas zonas sobrepostas conta nas duas) ou 'Por código IBGE' (campo IBGE_FIELD da unidade comparado com ZONE_ID; códigos de 6 dígitos também casam).
&lt;b&gt;AS_OF&lt;/b&gt;: data opcional; unidades conectadas depois dela ficam de fora, de modo que um dia passado é modelado com o parque daquele dia. Unidades sem data de conexão sempre contam e são informadas.
&lt;b&gt;CAPACITY_FIELD, TYPE_FIELD, CLASS_FIELD, MODALITY_FIELD, DATE_FIELD, IBGE_FIELD&lt;/b&gt;: nomes dos campos da camada de GD (padrões: capacity_kw, generation_type, consumer_class, modality, connected_on, ibge_code). Campos opcionais ausentes contam como 'outros'.

&lt;b&gt;OUTPUT&lt;/b&gt;: as zonas (mesmo SRC) com seus campos mais gd_units, gd_capacity_kw, gd_undated (unidades sem data de conexão), cap_ufv_kw, cap_ute_kw, cap_cgh_kw, cap_eol_kw, cap_other_type_kw, cap_class_residential_kw, cap_class_commercial_kw, cap_class_rural_kw, cap_class_industrial_kw, cap_class_public_authority_kw, cap_class_public_service_kw, cap_class_public_lighting_kw, cap_class_other_kw, cap_mod_own_site_kw, cap_mod_remote_self_kw, cap_mod_shared_kw, cap_mod_multi_unit_kw, cap_mod_other_kw (todos em kW).
&lt;b&gt;OUTSIDE&lt;/b&gt;: camada de pontos opcional com as unidades que não caem em nenhuma zona.
As saídas OUTSIDE_COUNT, UNDATED_COUNT e REPAIRED_ZONES informam as contagens.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>GD units</source>
        <translation>Unidades de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Zone IBGE code field</source>
        <translation>Campo do código IBGE da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>By location</source>
        <translation>Por localização</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>By IBGE code</source>
        <translation>Por código IBGE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Fleet as of date (optional)</source>
        <translation>Parque instalado na data (opcional)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Capacity field (kW)</source>
        <translation>Campo de potência (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Generation type field</source>
        <translation>Campo do tipo de geração</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Consumer class field</source>
        <translation>Campo da classe de consumo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Modality field</source>
        <translation>Campo da modalidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Connection date field</source>
        <translation>Campo da data de conexão</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Unit IBGE code field</source>
        <translation>Campo do código IBGE da unidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Zones with GD capacity</source>
        <translation>Zonas com capacidade de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>GD units outside every zone</source>
        <translation>Unidades de GD fora de todas as zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Units outside every zone</source>
        <translation>Unidades fora de todas as zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Units without connection date</source>
        <translation>Unidades sem data de conexão</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Zone polygons repaired</source>
        <translation>Polígonos de zona reparados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>The IBGE-code method needs ZONE_ID (the zones' IBGE code field).</source>
        <translation>O método por código IBGE precisa de ZONE_ID (o campo com o código IBGE das zonas).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>Reading {} GD units and {} zones…</source>
        <translation>Lendo {} unidades de GD e {} zonas…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>{} invalid zone polygon(s) repaired with makeValid.</source>
        <translation>{} polígono(s) de zona inválido(s) reparado(s) com makeValid.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>{} units in service, {} kW in zones; {} outside every zone; {} without connection date; {} connected after AS_OF; {} with unusable capacity.</source>
        <translation>{} unidades em operação, {} kW nas zonas; {} fora de todas as zonas; {} sem data de conexão; {} conectadas depois de AS_OF; {} com potência inutilizável.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py"/>
        <source>{} GD unit(s) lie outside every zone.</source>
        <translation>{} unidade(s) de GD fora de todas as zonas.</translation>
    </message>
</context>
<context>
    <name>AlgorithmRunner</name>
    <message>
        <location filename="../../netload_plugin/gui/runner.py"/>
        <source>Starting {} with {}</source>
        <translation>Iniciando {} com {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/runner.py"/>
        <source>{} cancelled</source>
        <translation>{} cancelado</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/runner.py"/>
        <source>{} finished</source>
        <translation>{} concluído</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/runner.py"/>
        <source>{} failed; see the NetLoad log.</source>
        <translation>{} falhou; veja o log do NetLoad.</translation>
    </message>
</context>
<context>
    <name>AneelDownloadAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_aneel_download.py"/>
        <source>States (UF letters, comma-separated; empty = all)</source>
        <translation>Estados (siglas das UFs separadas por vírgula; vazio = todos)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_aneel_download.py"/>
        <source>Download again (ignore the cache)</source>
        <translation>Baixar de novo (ignorar o cache)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_aneel_download.py"/>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_aneel_download.py"/>
        <source>REJECTED cannot go into the file of OUTPUT ({}): choose another file.</source>
        <translation>REJECTED não pode ir para o arquivo de OUTPUT ({}): escolha outro arquivo.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Registered GD: NetLoad's estimate from ANEEL's register and irradiance. ONS MMGD: ONS's own estimate of the same micro and mini generation (carga verificada only).
Bias: mean of registered GD − ONS MMGD (MW). nMAE (daylight): mean absolute difference over daylight hours divided by ONS's mean MMGD (0 = a perfect match). Correlation: how alike the two curves' shapes are (1 = the same shape). Energy ratio: registered GD energy / ONS MMGD energy. Capacity factor: mean generation / installed capacity.</source>
        <translation>GD cadastrada: estimativa do NetLoad a partir do cadastro da ANEEL e da irradiância. MMGD do ONS: a estimativa do próprio ONS da mesma micro e minigeração (só na carga verificada).
Viés: média de GD cadastrada − MMGD do ONS (MW). nMAE (diurno): diferença absoluta média nas horas de sol dividida pela MMGD média do ONS (0 = concordância perfeita). Correlação: quão parecidas são as formas das duas curvas (1 = mesma forma). Razão de energia: energia da GD cadastrada / energia da MMGD do ONS. Fator de capacidade: geração média / potência instalada.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Pick a zone on the map</source>
        <translation>Escolher uma zona no mapa</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Click a zone of the last run on the map to see its own registered GD curve</source>
        <translation>Clique numa zona da última execução no mapa para ver a curva da sua GD cadastrada</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Export table…</source>
        <translation>Exportar tabela…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>The chart's numbers as a spreadsheet (XLSX) or CSV, headers in your language</source>
        <translation>Os números do gráfico como planilha (XLSX) ou CSV, com cabeçalhos no seu idioma</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Export run tables…</source>
        <translation>Exportar tabelas da execução…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>The last run's result tables (zones, areas, comparison with ONS, distributors) in one spreadsheet, one sheet each, headers in your language</source>
        <translation>As tabelas de resultados da última execução (zonas, áreas, comparação com o ONS, distribuidoras) numa planilha, uma aba cada, com cabeçalhos no seu idioma</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Run the pipeline, or pick a hidden-load table, to see its chart.</source>
        <translation>Execute o fluxo, ou escolha uma tabela de carga oculta, para ver o gráfico.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Export run tables</source>
        <translation>Exportar tabelas da execução</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Planilha (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py"/>
        <source>Export chart data</source>
        <translation>Exportar dados do gráfico</translation>
    </message>
</context>
<context>
    <name>ClassifyRooftops</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Classify rooftops (PV)</source>
        <translation>Classificar telhados (FV)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Estimates for every building polygon the probability that its roof carries a PV array, with an ONNX image classifier. A chip is cut around each roof centroid (in the raster's CRS), resampled to the model's ground sample distance and chip size as the model's metadata declares, and scored in batches.

BUILDINGS: building polygons, any CRS.
RASTER: RGB imagery (bands 1, 2, 3 = R, G, B, 8 bit), any CRS and resolution. A raster much coarser than the model expects (more than twice its GSD, e.g. CBERS-4A 2 m against the bundled 0.3 m model) runs with a warning: the result is screening only.
MODEL: ONNX file following the NetLoad model contract (models/README.md); empty = the bundled model (trained on 0.3 m USGS aerial imagery of Fresno, California).
THRESHOLD: probability at or above which has_pv is true; empty = the model's own threshold.
BATCH_SIZE: chips per inference call.
PV_AREA_FRACTION (default 0.25) and KWP_PER_M2 (default 0.20): assumptions of the capacity estimate pv_kwp_est = roof_area_m2 × PV_AREA_FRACTION × KWP_PER_M2 for roofs with PV (NREL/TP-6A20-65298: ~26 % of small-building roof area suitable; ~20 % efficient modules).
OUTPUT_CRS: CRS of the output layer (default EPSG:4674, SIRGAS 2000).

OUTPUT: the buildings with their fields plus pv_probability (0..1), has_pv, roof_area_m2 (ellipsoidal), pv_kwp_est (kWp), status: classified; outside_raster (centroid outside the raster); chip_clipped (chip crosses the raster edge); no_data (more than half the chip is no data). Unclassified buildings keep empty probability, has_pv and pv_kwp_est and are counted in the log: they are not guessed.

Cancel stops the run between batches. The output is created only once every roof is scored, so a cancelled run writes nothing and leaves an earlier output intact.

Needs the Python package onnxruntime (see 'Install optional dependencies').</source>
        <translation>Estima, para cada polígono de edificação, a probabilidade de que o telhado tenha um arranjo FV, com um classificador de imagens ONNX. Um recorte é feito em torno do centroide de cada telhado (no SRC do raster), reamostrado para a distância de amostragem no terreno e o tamanho de recorte que os metadados do modelo declaram, e avaliado em lotes.

BUILDINGS: polígonos de edificações, qualquer SRC.
RASTER: imagem RGB (bandas 1, 2, 3 = R, G, B, 8 bits), qualquer SRC e resolução. Um raster muito mais grosseiro do que o modelo espera (mais que o dobro da sua GSD, p. ex. CBERS-4A 2 m contra o modelo incluído de 0,3 m) roda com um aviso: o resultado é apenas triagem.
MODEL: arquivo ONNX que segue o contrato de modelo do NetLoad (models/README.md); vazio = o modelo incluído (treinado com imagens aéreas USGS de 0,3 m de Fresno, Califórnia).
THRESHOLD: probabilidade a partir da qual has_pv é verdadeiro; vazio = o limiar do próprio modelo.
BATCH_SIZE: recortes por chamada de inferência.
PV_AREA_FRACTION (padrão 0,25) e KWP_PER_M2 (padrão 0,20): premissas da estimativa de potência pv_kwp_est = roof_area_m2 × PV_AREA_FRACTION × KWP_PER_M2 para telhados com FV (NREL/TP-6A20-65298: ~26 % da área de telhado de pequenas edificações é adequada; módulos de ~20 % de eficiência).
OUTPUT_CRS: SRC da camada de saída (padrão EPSG:4674, SIRGAS 2000).

OUTPUT: as edificações com seus campos mais pv_probability (0..1), has_pv, roof_area_m2 (elipsoidal), pv_kwp_est (kWp), status: classified; outside_raster (centroide fora do raster); chip_clipped (o recorte cruza a borda do raster); no_data (mais da metade do recorte sem dados). Edificações não classificadas ficam com probabilidade, has_pv e pv_kwp_est vazios e são contadas no log: não são adivinhadas.

Cancelar interrompe a execução entre lotes. A saída só é criada depois que todos os telhados foram avaliados; assim, uma execução cancelada não grava nada e mantém intacta uma saída anterior.

Requer o pacote Python onnxruntime (veja 'Instalar dependências opcionais').</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Buildings</source>
        <translation>Edificações</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Imagery (RGB)</source>
        <translation>Imagem (RGB)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>ONNX model (empty: bundled model)</source>
        <translation>Modelo ONNX (vazio: modelo incluído)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Threshold (empty: model's own)</source>
        <translation>Limiar (vazio: o do próprio modelo)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Share of roof area covered by PV</source>
        <translation>Fração da área do telhado coberta por FV</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Module power density (kWp/m²)</source>
        <translation>Densidade de potência dos módulos (kWp/m²)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Output CRS</source>
        <translation>SRC de saída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Rooftops</source>
        <translation>Telhados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Model {} (version {}, trained on {}): {} px chips at {} m, threshold {}</source>
        <translation>Modelo {} (versão {}, treinado em {}): recortes de {} px a {} m, limiar {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>WARNING — SCREENING ONLY: the raster's pixels are {:.2f} m but the model expects {} m. Chips are enlarged to the model's resolution, but detail that the imagery lacks cannot be recovered: treat pv_probability as a screening hint, not a detection.</source>
        <translation>AVISO — APENAS TRIAGEM: os pixels do raster têm {:.2f} m, mas o modelo espera {} m. Os recortes são ampliados para a resolução do modelo, mas o detalhe que falta à imagem não pode ser recuperado: trate pv_probability como indício de triagem, não como detecção.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>Building {} was added to BUILDINGS while it was being classified: run again</source>
        <translation>A edificação {} foi adicionada a BUILDINGS enquanto era classificada: execute novamente</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>{} of {} buildings not classified: {}</source>
        <translation>{} de {} edificações não classificadas: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/classify_rooftops.py"/>
        <source>{} roofs classified, {} with PV</source>
        <translation>{} telhados classificados, {} com FV</translation>
    </message>
</context>
<context>
    <name>DataWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Download (cached, offline fallback)</source>
        <translation>Baixar (com cache; usa o cache sem rede)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Local files</source>
        <translation>Arquivos locais</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>NetLoad calibration (*.json)</source>
        <translation>Calibração do NetLoad (*.json)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>none: the physical model</source>
        <translation>nenhuma: o modelo físico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Irradiance source</source>
        <translation>Fonte de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>ONS dataset</source>
        <translation>Conjunto de dados do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Download: every source from its official address (or the mirror set in Options); each file is kept in the cache and reused when the network is down.
Local files: give a file for every row.</source>
        <translation>Baixar: cada fonte do seu endereço oficial (ou do espelho definido nas Opções); cada arquivo fica no cache e é reutilizado quando a rede cai.
Arquivos locais: informe um arquivo em cada linha.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Sunlight drives the registered GD estimate. LABREN: INPE's long-term monthly atlas; INMET: hourly ground stations; NASA POWER: daily satellite values (default).</source>
        <translation>A luz do sol determina a estimativa da GD cadastrada. LABREN: atlas mensal de longo prazo do INPE; INMET: estações de superfície horárias; NASA POWER: valores diários de satélite (padrão).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Carga verificada: ONS's API, half-hourly, with ONS's own MMGD estimate (distributed generation behind the meter), which NetLoad is compared with.
Curva de carga: ONS's hourly CSV per year, no MMGD: the comparison with ONS is then empty.</source>
        <translation>Carga verificada: API do ONS, semi-horária, com a estimativa de MMGD do próprio ONS (geração distribuída atrás do medidor), com a qual o NetLoad é comparado.
Curva de carga: CSV horário anual do ONS, sem MMGD: a comparação com o ONS fica vazia.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>ANEEL's register of micro and mini distributed generation (MMGD), CSV or ZIP.</source>
        <translation>Cadastro da ANEEL de micro e minigeração distribuída (MMGD), CSV ou ZIP.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Municipality polygons (GeoPackage/GeoJSON) with their IBGE code: the zones.</source>
        <translation>Polígonos dos municípios (GeoPackage/GeoJSON) com o código IBGE: as zonas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>The irradiance file of the source chosen above.</source>
        <translation>O arquivo de irradiância da fonte escolhida acima.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>The ONS file of the dataset chosen above: JSON (carga verificada) or CSV (curva de carga).</source>
        <translation>O arquivo do ONS do conjunto escolhido acima: JSON (carga verificada) ou CSV (curva de carga).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>Optional. A calibration brings the registered GD estimate to the level of ONS's own MMGD estimate: a factor per ONS area, fitted on a reference period (scripts/validate_mmgd.py --write-calibration). Empty (default): the physical model, which runs about 1.4 × ONS's MMGD in the South (see docs/validation.md).</source>
        <translation>Opcional. Uma calibração leva a estimativa da GD cadastrada ao nível da própria estimativa de MMGD do ONS: um fator por área do ONS, ajustado num período de referência (scripts/validate_mmgd.py --write-calibration). Vazio (padrão): o modelo físico, que fica em cerca de 1,4 × a MMGD do ONS no Sul (veja docs/validation.md).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>file (required)</source>
        <translation>arquivo (obrigatório)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py"/>
        <source>default: official source</source>
        <translation>padrão: fonte oficial</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>INPE LABREN solar atlas (monthly means)</source>
        <translation>Atlas solar do LABREN/INPE (médias mensais)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>INMET automatic stations (hourly)</source>
        <translation>Estações automáticas do INMET (horárias)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>NASA POWER</source>
        <translation>NASA POWER</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>Measured series, nearest station</source>
        <translation>Séries medidas, estação mais próxima</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>Measured series, inverse-distance weighting</source>
        <translation>Séries medidas, ponderação pelo inverso da distância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>Daily totals shaped by clear sky, nearest</source>
        <translation>Totais diários moldados pelo céu claro, mais próxima</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>Daily totals shaped by clear sky, inverse-distance</source>
        <translation>Totais diários moldados pelo céu claro, inverso da distância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>LABREN monthly climatology shaped by clear sky</source>
        <translation>Climatologia mensal do LABREN moldada pelo céu claro</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>Carga verificada (half-hourly, with ONS MMGD)</source>
        <translation>Carga verificada (semi-horária, com a MMGD do ONS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>Curva de carga (hourly, no MMGD)</source>
        <translation>Curva de carga (horária, sem MMGD)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>ANEEL GD registry</source>
        <translation>Cadastro de GD da ANEEL</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>ANEEL SIGA plants</source>
        <translation>Usinas do SIGA (ANEEL)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>ONS load API (carga verificada)</source>
        <translation>API de carga do ONS (carga verificada)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>ONS load curve CSV</source>
        <translation>CSV da curva de carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>INPE LABREN solar atlas</source>
        <translation>Atlas solar do LABREN/INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>INMET station archive</source>
        <translation>Arquivo das estações do INMET</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>NASA POWER API</source>
        <translation>API NASA POWER</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>INPE STAC catalogue</source>
        <translation>Catálogo STAC do INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/definitions.py"/>
        <source>Municipality polygons (file, or URL template with {code})</source>
        <translation>Polígonos dos municípios (arquivo, ou modelo de URL com {code})</translation>
    </message>
</context>
<context>
    <name>DownloadAneelGd</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py"/>
        <source>Download ANEEL distributed generation (GD) registry</source>
        <translation>Baixar o cadastro de geração distribuída (GD) da ANEEL</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py"/>
        <source>Downloads ANEEL's registry of micro and mini distributed generation units (about 4 million rows) and writes them as points in SIRGAS 2000 (EPSG:4674). The file is streamed and cleaned in chunks; it is never held whole in memory.

&lt;b&gt;Parameters&lt;/b&gt;
URL: the registry CSV or ZIP (default: ANEEL's open-data resource); an http(s) URL, a local path or a file:// URL. Downloads are cached and resumed.
STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all of Brazil.
GENERATION_TYPES: optional comma-separated SigTipoGeracao codes (UFV solar, UTE thermal, CGH hydro, EOL wind); empty = all.
MAX_DISTANCE_KM: a unit farther than this from its municipality's centroid (default 50 km), or outside Brazil, is placed at the centroid.
REFRESH: download again even if a validated copy is cached.
OUTPUT: the point layer (GeoPackage written by a fast bulk writer with its spatial index; other formats are converted from it).
REJECTED: optional table of the rows that could not be used, with line_number (physical line in the file) and reason; a field is kept only when its text has the shape of its column (a code, a date, a number), and a row whose fields moved to other columns keeps only its line and reason, so no personal data reaches it. OUTPUT and REJECTED are replaced only when the whole file was read: a failed or cancelled run leaves earlier ones as they were.

&lt;b&gt;Output fields&lt;/b&gt;
unit_id (CodEmpreendimento), uf, ibge_code (7 digits; 6-digit codes completed with the IBGE check digit), municipality, consumer_class, modality, generation_type, source, size_class, capacity_kw (installed inverter capacity, kW), connected_on (date, from DthAtualizaCadastralEmpreend; 1900 sentinels are NULL), distributor, substation, geom_source (registry, repaired_decimal: the lost decimal comma was restored, municipality_centroid).

Exact duplicate rows are dropped and counted. Holder names, CPF/CNPJ and postal codes are never read into any output. The log ends with a summary of rows read, kept, repaired and rejected.</source>
        <translation>Baixa o cadastro de unidades de micro e minigeração distribuída da ANEEL (cerca de 4 milhões de linhas) e grava as unidades como pontos em SIRGAS 2000 (EPSG:4674). O arquivo é lido em fluxo e limpo em blocos; nunca é mantido inteiro na memória.

&lt;b&gt;Parâmetros&lt;/b&gt;
URL: o CSV ou ZIP do cadastro (padrão: o recurso de dados abertos da ANEEL); uma URL http(s), um caminho local ou uma URL file://. Os downloads ficam em cache e são retomados.
STATES: siglas de estados opcionais, separadas por vírgula (ex.: PR,SC,RS); vazio = todo o Brasil.
GENERATION_TYPES: códigos SigTipoGeracao opcionais, separados por vírgula (UFV solar, UTE térmica, CGH hidráulica, EOL eólica); vazio = todos.
MAX_DISTANCE_KM: uma unidade mais distante que isso do centroide do seu município (padrão 50 km), ou fora do Brasil, é posicionada no centroide.
REFRESH: baixar de novo mesmo que exista uma cópia validada no cache.
OUTPUT: a camada de pontos (GeoPackage gravado por um gravador rápido em lote, com índice espacial; outros formatos são convertidos a partir dele).
REJECTED: tabela opcional das linhas que não puderam ser usadas, com line_number (linha física no arquivo) e reason; um campo só é mantido quando seu texto tem a forma da sua coluna (um código, uma data, um número), e uma linha cujos campos mudaram de coluna guarda apenas a linha e o motivo, de modo que nenhum dado pessoal chega a ela. OUTPUT e REJECTED só são substituídos quando o arquivo inteiro foi lido: uma execução que falha ou é cancelada deixa os anteriores como estavam.

&lt;b&gt;Campos de saída&lt;/b&gt;
unit_id (CodEmpreendimento), uf, ibge_code (7 dígitos; códigos de 6 dígitos completados com o dígito verificador do IBGE), municipality, consumer_class, modality, generation_type, source, size_class, capacity_kw (potência instalada dos inversores, kW), connected_on (data, de DthAtualizaCadastralEmpreend; sentinelas de 1900 viram NULL), distributor, substation, geom_source (registry; repaired_decimal: a vírgula decimal perdida foi restaurada; municipality_centroid).

Linhas duplicadas idênticas são descartadas e contadas. Nomes de titulares, CPF/CNPJ e CEPs nunca são lidos para nenhuma saída. O log termina com um resumo das linhas lidas, mantidas, reparadas e rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py"/>
        <source>Registry URL or file (.csv or .zip)</source>
        <translation>URL ou arquivo do cadastro (.csv ou .zip)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py"/>
        <source>GD units</source>
        <translation>Unidades de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py"/>
        <source>Generation types (UFV, UTE, CGH, EOL; empty = all)</source>
        <translation>Tipos de geração (UFV, UTE, CGH, EOL; vazio = todos)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py"/>
        <source>Maximum distance from the municipality (km)</source>
        <translation>Distância máxima do município (km)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py"/>
        <source>STORE needs OUTPUT as a GeoPackage (.gpkg): it is published from there.</source>
        <translation>STORE precisa de OUTPUT como GeoPackage (.gpkg): a publicação é feita a partir dele.</translation>
    </message>
</context>
<context>
    <name>DownloadAneelSiga</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py"/>
        <source>Download ANEEL SIGA generation plants</source>
        <translation>Baixar usinas de geração do SIGA (ANEEL)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py"/>
        <source>Downloads ANEEL's SIGA table of generation plants (about 25,000 rows) and writes them as points in SIRGAS 2000 (EPSG:4674).

&lt;b&gt;Parameters&lt;/b&gt;
URL: the SIGA CSV or a ZIP holding it (default: ANEEL's monthly open-data resource); http(s), local path or file:// URL.
STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all.
REFRESH: download again even if a validated copy is cached.
OUTPUT: the point layer (GeoPackage by default).
REJECTED: optional table of unusable rows with line_number and reason (fields only where their text has the shape of their column). OUTPUT and REJECTED are replaced only when the whole file was read.

&lt;b&gt;Output fields&lt;/b&gt;
ceg (CodCEG), name (HTML-entity damage such as J&amp;amp;amp-F repaired), uf, generation_type (UHE, PCH, CGH, UTE, EOL, UFV, UTN…), phase, fuel_source, capacity_kw (granted capacity, kW), started_on (date of commercial operation; 1900 sentinels are NULL), municipalities (ANEEL's text, possibly several), geom_source (registry or municipality_centroid).

Rows repeating a CEG (they differ only in the grant type) are kept once and counted.</source>
        <translation>Baixa a tabela de usinas de geração do SIGA da ANEEL (cerca de 25.000 linhas) e grava as usinas como pontos em SIRGAS 2000 (EPSG:4674).

&lt;b&gt;Parâmetros&lt;/b&gt;
URL: o CSV do SIGA ou um ZIP que o contenha (padrão: o recurso mensal de dados abertos da ANEEL); http(s), caminho local ou URL file://.
STATES: siglas de estados opcionais, separadas por vírgula (ex.: PR,SC,RS); vazio = todos.
REFRESH: baixar de novo mesmo que exista uma cópia validada no cache.
OUTPUT: a camada de pontos (GeoPackage por padrão).
REJECTED: tabela opcional das linhas inutilizáveis, com line_number e reason (campos só onde seu texto tem a forma da sua coluna). OUTPUT e REJECTED só são substituídos quando o arquivo inteiro foi lido.

&lt;b&gt;Campos de saída&lt;/b&gt;
ceg (CodCEG), name (danos de entidades HTML como J&amp;amp;amp-F reparados), uf, generation_type (UHE, PCH, CGH, UTE, EOL, UFV, UTN…), phase, fuel_source, capacity_kw (potência outorgada, kW), started_on (data de entrada em operação comercial; sentinelas de 1900 viram NULL), municipalities (texto da ANEEL, possivelmente com vários municípios), geom_source (registry ou municipality_centroid).

Linhas que repetem um CEG (diferem só no tipo de outorga) são mantidas uma vez e contadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py"/>
        <source>SIGA URL or file (.csv or .zip)</source>
        <translation>URL ou arquivo do SIGA (.csv ou .zip)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py"/>
        <source>SIGA plants</source>
        <translation>Usinas do SIGA</translation>
    </message>
</context>
<context>
    <name>DownloadInpeImagery</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Download INPE CBERS imagery (STAC)</source>
        <translation>Baixar imagens CBERS do INPE (STAC)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Searches a STAC catalogue (default INPE's Brazil Data Cube) for scenes of COLLECTION that intersect EXTENT between START and END with cloud cover at most MAX_CLOUD, reads only the windows of their Cloud-Optimized GeoTIFFs that cover EXTENT (HTTP range requests through GDAL), mosaics them and writes one RGB GeoTIFF clipped to EXTENT.

STAC_URL: STAC API root (default: INPE's catalogue, or the one set in NetLoad's settings).
COLLECTION: default CB4A-WPM-PCA-FUSED-1 (CBERS-4A WPM pansharpened RGB, 2 m, CC-BY-4.0).
EXTENT: area to cover, any CRS.
START, END: dates YYYY-MM-DD (inclusive).
MAX_CLOUD: highest scene cloud cover in percent (eo:cloud_cover or cloud_cover); scenes without a figure are kept.
API_KEY: optional, sent as the x-api-key header (to STAC and to the COG reads).
OUTPUT: GeoTIFF, 3 bands R, G, B, in the CRS and pixel size of the least cloudy scene, grid aligned to its pixels; where scenes overlap the least cloudy one is on top. 0 = no data. Written atomically.

2 m imagery is screening input for rooftop PV (classify_rooftops warns); aerial imagery at 0.3-0.5 m is what the bundled model expects.</source>
        <translation>Procura em um catálogo STAC (padrão: o Brazil Data Cube do INPE) cenas de COLLECTION que intersectam EXTENT entre START e END com cobertura de nuvens de no máximo MAX_CLOUD, lê apenas as janelas dos seus Cloud-Optimized GeoTIFFs que cobrem EXTENT (requisições HTTP por faixa, via GDAL), faz o mosaico e grava um único GeoTIFF RGB recortado em EXTENT.

STAC_URL: raiz da API STAC (padrão: o catálogo do INPE, ou o definido nas configurações do NetLoad).
COLLECTION: padrão CB4A-WPM-PCA-FUSED-1 (CBERS-4A WPM RGB fusionado, 2 m, CC-BY-4.0).
EXTENT: área a cobrir, qualquer SRC.
START, END: datas AAAA-MM-DD (inclusive).
MAX_CLOUD: maior cobertura de nuvens da cena, em porcentagem (eo:cloud_cover ou cloud_cover); cenas sem esse dado são mantidas.
API_KEY: opcional, enviada no cabeçalho x-api-key (ao STAC e às leituras dos COGs).
OUTPUT: GeoTIFF de 3 bandas R, G, B, no SRC e tamanho de pixel da cena menos nublada, grade alinhada aos seus pixels; onde as cenas se sobrepõem, a menos nublada fica por cima. 0 = sem dados. Gravado de forma atômica.

Imagens de 2 m são entrada de triagem para FV em telhados (classify_rooftops avisa); o modelo incluído espera imagens aéreas de 0,3-0,5 m.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>STAC API URL</source>
        <translation>URL da API STAC</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Start date (YYYY-MM-DD)</source>
        <translation>Data inicial (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>End date (YYYY-MM-DD)</source>
        <translation>Data final (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Cobertura máxima de nuvens (%)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>API key (x-api-key)</source>
        <translation>Chave de API (x-api-key)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Imagery</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>END {} is before START {}</source>
        <translation>END {} é anterior a START {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>EXTENT is empty</source>
        <translation>EXTENT está vazia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>No scene of the collection covers the extent between {} and {} with cloud cover at most {} %: widen the dates or MAX_CLOUD</source>
        <translation>Nenhuma cena da coleção cobre a extensão entre {} e {} com cobertura de nuvens de no máximo {} %: amplie as datas ou MAX_CLOUD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Scene {} ({}), cloud cover {} %</source>
        <translation>Cena {} ({}), cobertura de nuvens {} %</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>Wrote {} x {} pixels from {} scene(s)</source>
        <translation>Gravados {} x {} pixels de {} cena(s)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>{} = {!r} is not a date YYYY-MM-DD</source>
        <translation>{} = {!r} não é uma data AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>DownloadIrradiance</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Download solar irradiance (INPE LABREN / INMET / NASA POWER)</source>
        <translation>Baixar irradiância solar (INPE LABREN / INMET / NASA POWER)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Downloads solar irradiance for an extent from one of three sources and writes the places as points (SIRGAS 2000, EPSG:4674) and, for INMET and NASA POWER, a time series table.

&lt;b&gt;Parameters&lt;/b&gt;
SOURCE: 0 = INPE LABREN Atlas Brasileiro de Energia Solar 2017 (monthly climatology on a 0.1° grid; no series); 1 = INMET automatic stations (hourly, from the yearly ZIP of station files); 2 = NASA POWER (global satellite/reanalysis fallback where INMET has no station).
URL: empty = the source's live address; otherwise for LABREN the atlas ZIP/CSV, for INMET the ZIP address template with {year} (or one ZIP), for NASA POWER the API base or a saved CSV reply. Local files work too.
EXTENT: area of interest, any CRS (transformed to EPSG:4674).
START, END: first and last day (UTC), YYYY-MM-DD; not used by LABREN.
LABREN_FILE: 0 = global horizontal (default), 1 = tilted at the latitude angle.
POWER_TEMPORAL: 0 = daily (regional API, default), 1 = hourly (point API, one request per 0.5° cell, at most 50 cells).

&lt;b&gt;Output fields&lt;/b&gt;
OUTPUT points: station (INMET code such as A001, LABREN_{cell id}, POWER_{lat}_{lon}); name; altitude_m; founded_on (INMET foundation date); source; LABREN adds ghi_jan … ghi_dec and ghi_annual (Wh/m²/day; gti_… for the tilted file).
OUTPUT_SERIES table: station; time_utc (START of the interval, UTC); interval_s (3600 hourly, 86400 daily); ghi_wm2 (MEAN global horizontal irradiance over the interval, W/m²: INMET kJ/m² per hour ÷ 3.6, POWER kWh/m²/day × 1000/24); temp_c (air temperature, °C). Empty values mean not measured: INMET leaves night hours empty (read them as 0 W/m² if you need a full day), -9999 and -999 are empty too. INMET labels each hour by its end; time_utc is its start. POWER daily values are days in local solar time, so they start at 00:00 UTC minus longitude/15 hours.</source>
        <translation>Baixa a irradiância solar de uma extensão a partir de uma de três fontes e grava os locais como pontos (SIRGAS 2000, EPSG:4674) e, para INMET e NASA POWER, uma tabela de séries temporais.

&lt;b&gt;Parâmetros&lt;/b&gt;
SOURCE: 0 = Atlas Brasileiro de Energia Solar 2017 do INPE/LABREN (climatologia mensal em grade de 0,1°; sem séries); 1 = estações automáticas do INMET (horárias, do ZIP anual de arquivos das estações); 2 = NASA POWER (alternativa global de satélite/reanálise onde o INMET não tem estação).
URL: vazio = o endereço on-line da fonte; senão, para o LABREN o ZIP/CSV do atlas, para o INMET o modelo de endereço do ZIP com {year} (ou um ZIP), para o NASA POWER a base da API ou uma resposta CSV salva. Arquivos locais também funcionam.
EXTENT: área de interesse, em qualquer SRC (transformada para EPSG:4674).
START, END: primeiro e último dia (UTC), AAAA-MM-DD; não usados pelo LABREN.
LABREN_FILE: 0 = global horizontal (padrão), 1 = inclinada no ângulo da latitude.
POWER_TEMPORAL: 0 = diária (API regional, padrão), 1 = horária (API por ponto, uma requisição por célula de 0,5°, no máximo 50 células).

&lt;b&gt;Campos de saída&lt;/b&gt;
Pontos de OUTPUT: station (código INMET como A001, LABREN_{cell id}, POWER_{lat}_{lon}); name; altitude_m; founded_on (data de fundação no INMET); source; o LABREN acrescenta ghi_jan … ghi_dec e ghi_annual (Wh/m²/dia; gti_… para o arquivo inclinado).
Tabela OUTPUT_SERIES: station; time_utc (INÍCIO do intervalo, UTC); interval_s (3600 horária, 86400 diária); ghi_wm2 (irradiância global horizontal MÉDIA no intervalo, W/m²: INMET kJ/m² por hora ÷ 3,6, POWER kWh/m²/dia × 1000/24); temp_c (temperatura do ar, °C). Valores vazios significam não medido: o INMET deixa as horas noturnas vazias (leia-as como 0 W/m² se precisar do dia completo); -9999 e -999 também viram vazio. O INMET rotula cada hora pelo seu fim; time_utc é o início. Os valores diários do POWER são dias em tempo solar local, então começam às 00:00 UTC menos longitude/15 horas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Source URL or file (empty = live service)</source>
        <translation>URL ou arquivo da fonte (vazio = serviço on-line)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>LABREN file</source>
        <translation>Arquivo do LABREN</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Global horizontal</source>
        <translation>Global horizontal</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Tilted at latitude</source>
        <translation>Inclinada na latitude</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>NASA POWER resolution</source>
        <translation>Resolução do NASA POWER</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Daily</source>
        <translation>Diária</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Hourly</source>
        <translation>Horária</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Irradiance points</source>
        <translation>Pontos de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>Irradiance series</source>
        <translation>Séries de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>No {} point inside the extent.</source>
        <translation>Nenhum ponto de {} dentro da extensão.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>{} points, {} series rows</source>
        <translation>{} pontos, {} linhas de séries</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_irradiance.py"/>
        <source>{} station file(s) could not be read (listed above)</source>
        <translation>{} arquivo(s) de estação não puderam ser lidos (listados acima)</translation>
    </message>
</context>
<context>
    <name>DownloadOnsLoad</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>Download ONS load (carga verificada / curva de carga)</source>
        <translation>Baixar a carga do ONS (carga verificada / curva de carga)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>Downloads the load ONS measured on Brazil's grid and writes one row per area and interval, times in UTC at the START of each interval.

&lt;b&gt;Parameters&lt;/b&gt;
DATASET: 0 = carga verificada API (half-hourly, any of the 34 load-area codes, with ONS's own MMGD estimate; requested in pages of at most 90 days, each page checked for completeness); 1 = curva de carga CSV (hourly per subsystem, whole years, local time converted with Brazil's historical daylight saving).
AREAS: comma-separated codes, default SECO,S,NE,N (the subsystems; SE/CO is SECO). Areas such as SP, RJ, BASE, PBRN and the loss areas PESE, PES, PENE, PEN exist in the API only. An unknown code stops the run with a suggestion.
START, END: first and last local (Brasília) day, YYYY-MM-DD.
URL: empty = ONS's live service; otherwise the API address (dataset 0) or the CSV address template with {year}, or a local file (dataset 1).

&lt;b&gt;Output fields&lt;/b&gt;
area; time_utc (start of the interval, UTC); interval_s (1800 or 3600); load_mw (global load, MW average over the interval, including ONS's MMGD estimate); net_load_mw (load without MMGD: what the grid served; equals load_mw where ONS has no MMGD estimate; empty for the curva de carga); mmgd_mw (ONS's MMGD estimate, empty where ONS has none); supervised_mw; unsupervised_mw; updated_at (ONS revision time, UTC); dataset; quality (ok, or comma-separated flags: mmgd_missing, mmgd_unsplit, revised, inconsistent, dst_ambiguous, incomplete_day).

Not invented: the current day's zero padding is dropped; hours skipped or repeated by daylight saving, empty values, empty days and days the API left short are listed in the log.</source>
        <translation>Baixa a carga medida pelo ONS na rede brasileira e grava uma linha por área e intervalo, com horários em UTC no INÍCIO de cada intervalo.

&lt;b&gt;Parâmetros&lt;/b&gt;
DATASET: 0 = API de carga verificada (semi-horária, qualquer um dos 34 códigos de área de carga, com a estimativa de MMGD do próprio ONS; pedida em páginas de no máximo 90 dias, cada página conferida quanto à completude); 1 = CSV da curva de carga (horária por subsistema, anos inteiros, hora local convertida com o histórico do horário de verão brasileiro).
AREAS: códigos separados por vírgula, padrão SECO,S,NE,N (os subsistemas; SE/CO é SECO). Áreas como SP, RJ, BASE, PBRN e as áreas de perdas PESE, PES, PENE, PEN existem só na API. Um código desconhecido interrompe a execução com uma sugestão.
START, END: primeiro e último dia locais (Brasília), AAAA-MM-DD.
URL: vazio = o serviço on-line do ONS; senão, o endereço da API (conjunto 0) ou o modelo de endereço do CSV com {year}, ou um arquivo local (conjunto 1).

&lt;b&gt;Campos de saída&lt;/b&gt;
area; time_utc (início do intervalo, UTC); interval_s (1800 ou 3600); load_mw (carga global, MW médio no intervalo, incluindo a estimativa de MMGD do ONS); net_load_mw (carga sem MMGD: o que a rede atendeu; igual a load_mw onde o ONS não tem estimativa de MMGD; vazio na curva de carga); mmgd_mw (estimativa de MMGD do ONS, vazia onde o ONS não tem); supervised_mw; unsupervised_mw; updated_at (hora da revisão do ONS, UTC); dataset; quality (ok, ou marcas separadas por vírgula: mmgd_missing, mmgd_unsplit, revised, inconsistent, dst_ambiguous, incomplete_day).

Nada é inventado: o preenchimento com zeros do dia corrente é descartado; horas puladas ou repetidas pelo horário de verão, valores vazios, dias vazios e dias que a API deixou incompletos são listados no log.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>Load areas</source>
        <translation>Áreas de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>Service URL or CSV template (empty = ONS)</source>
        <translation>URL do serviço ou modelo do CSV (vazio = ONS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>ONS load</source>
        <translation>Carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_ons_load.py"/>
        <source>{} rows written</source>
        <translation>{} linhas gravadas</translation>
    </message>
</context>
<context>
    <name>EstimateGdGenerationAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Estimate GD generation per zone</source>
        <translation>Estimar a geração da GD por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Hourly (or half-hourly) PV generation of each zone's GD fleet from its capacity and irradiance: solar position (SPA), clear-sky model, Erbs decomposition, Hay-Davies transposition to the modules' planes, SAPM cell temperature, PVWatts DC model with DC/AC ratio and losses, inverter clipped at the registered capacity. Self-consumption is not subtracted: all of it is hidden load.

&lt;b&gt;ZONES&lt;/b&gt;: polygons with a capacity field (output of aggregate_gd).
&lt;b&gt;ZONE_ID&lt;/b&gt;: zone id field (default: ibge_code or zone_id when present, else the feature id).
&lt;b&gt;CAPACITY_FIELD&lt;/b&gt;: capacity in kW (default gd_capacity_kw).
&lt;b&gt;GD_UNITS&lt;/b&gt;: optional GD points; when given, each day uses the fleet connected by that day (connected_on), located in the zones by point in polygon, instead of the static capacity.
&lt;b&gt;IRRADIANCE&lt;/b&gt;: points from download_irradiance (stations, NASA POWER cells or LABREN cells with ghi_jan…ghi_dec).
&lt;b&gt;IRRADIANCE_SERIES&lt;/b&gt;: the series table (station, time_utc, interval_s, ghi_wm2, temp_c); not needed for the LABREN climatology.
&lt;b&gt;IRRADIANCE_MODE&lt;/b&gt;: measured series – nearest station; measured series – inverse-distance weighting within RADIUS_KM; daily totals shaped by the clear-sky profile – nearest; the same with IDW; LABREN monthly climatology shaped by the clear-sky profile (the ONS method). At each time only the stations or cells with a value then are used; substitutions are counted in the log.
&lt;b&gt;RADIUS_KM&lt;/b&gt;: search radius for stations (default 150 km).
&lt;b&gt;START&lt;/b&gt;, &lt;b&gt;END&lt;/b&gt;: first and last day (UTC days, END included).
&lt;b&gt;STEP&lt;/b&gt;: 60 or 30 minutes.
&lt;b&gt;ORIENTATION&lt;/b&gt;: how the fleet faces the sky: roofs at 15° pitch, a quarter of the capacity on each of the north, east, south and west faces (the default); the same roofs with north preferred (north 37.5 %, east and west 25 % each, south 12.5 %); or one plane given by &lt;b&gt;TILT&lt;/b&gt; (degrees, -1 = |latitude| of each zone) and &lt;b&gt;AZIMUTH&lt;/b&gt; (degrees clockwise from north). &lt;b&gt;DC_AC_RATIO&lt;/b&gt;: module kWp per registered kW (default {}); &lt;b&gt;LOSSES&lt;/b&gt;: system losses in % (default {}); &lt;b&gt;TEMP_AIR&lt;/b&gt;: air temperature when the series has none (default 25 °C).
&lt;b&gt;CALIBRATION&lt;/b&gt;: optional calibration file (JSON) written by scripts/validate_mmgd.py --write-calibration: each zone's generation is multiplied by its ONS area's factor (fitted against ONS's MMGD); empty = the physical model.

&lt;b&gt;OUTPUT&lt;/b&gt;: table zone_id, time_utc (interval start, UTC), generation_mw (mean over the interval), ghi_wm2 (mean irradiance used), capacity_kw (fleet of that day).
&lt;b&gt;OUTPUT_ZONES&lt;/b&gt;: the zones with generation_mwh, mean_capacity_kw, capacity_factor (mean generation / capacity), peak_generation_mw, missing_intervals (daylight intervals without irradiance, left NULL).
&lt;b&gt;PROVENANCE&lt;/b&gt;: the model parameters, the calibration applied (if any) and the plugin version, as JSON.</source>
        <translation>Geração FV horária (ou semi-horária) do parque de GD de cada zona a partir da capacidade e da irradiância: posição solar (SPA), modelo de céu claro, decomposição de Erbs, transposição de Hay-Davies para os planos dos módulos, temperatura de célula SAPM, modelo CC do PVWatts com razão CC/CA e perdas, inversor limitado à potência cadastrada. O autoconsumo não é descontado: tudo é carga oculta.

&lt;b&gt;ZONES&lt;/b&gt;: polígonos com um campo de capacidade (saída de aggregate_gd).
&lt;b&gt;ZONE_ID&lt;/b&gt;: campo identificador da zona (padrão: ibge_code ou zone_id quando existirem, senão o id da feição).
&lt;b&gt;CAPACITY_FIELD&lt;/b&gt;: capacidade em kW (padrão gd_capacity_kw).
&lt;b&gt;GD_UNITS&lt;/b&gt;: pontos de GD opcionais; quando informados, cada dia usa o parque conectado até aquele dia (connected_on), localizado nas zonas por ponto no polígono, em vez da capacidade estática.
&lt;b&gt;IRRADIANCE&lt;/b&gt;: pontos de download_irradiance (estações, células do NASA POWER ou células do LABREN com ghi_jan…ghi_dec).
&lt;b&gt;IRRADIANCE_SERIES&lt;/b&gt;: a tabela de séries (station, time_utc, interval_s, ghi_wm2, temp_c); dispensável para a climatologia do LABREN.
&lt;b&gt;IRRADIANCE_MODE&lt;/b&gt;: séries medidas – estação mais próxima; séries medidas – ponderação pelo inverso da distância dentro de RADIUS_KM; totais diários moldados pelo perfil de céu claro – mais próxima; o mesmo com IDW; climatologia mensal do LABREN moldada pelo perfil de céu claro (o método do ONS). Em cada instante só entram as estações ou células que têm valor naquele instante; as substituições são contadas no log.
&lt;b&gt;RADIUS_KM&lt;/b&gt;: raio de busca de estações (padrão 150 km).
&lt;b&gt;START&lt;/b&gt;, &lt;b&gt;END&lt;/b&gt;: primeiro e último dia (dias em UTC, END incluído).
&lt;b&gt;STEP&lt;/b&gt;: 60 ou 30 minutos.
&lt;b&gt;ORIENTATION&lt;/b&gt;: como o parque está voltado para o céu: telhados com 15° de inclinação, um quarto da capacidade em cada água — norte, leste, sul e oeste (o padrão); os mesmos telhados com preferência pelo norte (norte 37,5 %, leste e oeste 25 % cada, sul 12,5 %); ou um plano dado por &lt;b&gt;TILT&lt;/b&gt; (graus, -1 = |latitude| de cada zona) e &lt;b&gt;AZIMUTH&lt;/b&gt; (graus no sentido horário a partir do norte). &lt;b&gt;DC_AC_RATIO&lt;/b&gt;: kWp de módulos por kW cadastrado (padrão {}); &lt;b&gt;LOSSES&lt;/b&gt;: perdas do sistema em % (padrão {}); &lt;b&gt;TEMP_AIR&lt;/b&gt;: temperatura do ar quando a série não tem (padrão 25 °C).
&lt;b&gt;CALIBRATION&lt;/b&gt;: arquivo de calibração (JSON) opcional, escrito por scripts/validate_mmgd.py --write-calibration: a geração de cada zona é multiplicada pelo fator da sua área do ONS (ajustado contra a MMGD do ONS); vazio = o modelo físico.

&lt;b&gt;OUTPUT&lt;/b&gt;: tabela zone_id, time_utc (início do intervalo, UTC), generation_mw (média no intervalo), ghi_wm2 (irradiância média usada), capacity_kw (parque daquele dia).
&lt;b&gt;OUTPUT_ZONES&lt;/b&gt;: as zonas com generation_mwh, mean_capacity_kw, capacity_factor (geração média / capacidade), peak_generation_mw, missing_intervals (intervalos diurnos sem irradiância, deixados NULL).
&lt;b&gt;PROVENANCE&lt;/b&gt;: os parâmetros do modelo, a calibração aplicada (se houver) e a versão do plugin, em JSON.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Zones with GD capacity</source>
        <translation>Zonas com capacidade de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Zone id field</source>
        <translation>Campo identificador da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Capacity field (kW)</source>
        <translation>Campo de potência (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>GD units (optional: fleet growth by connection date)</source>
        <translation>Unidades de GD (opcional: crescimento do parque pela data de conexão)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Irradiance points</source>
        <translation>Pontos de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Irradiance series table</source>
        <translation>Tabela de séries de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Irradiance mode</source>
        <translation>Modo de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Station search radius (km)</source>
        <translation>Raio de busca de estações (km)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>First day (UTC)</source>
        <translation>Primeiro dia (UTC)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Last day (UTC, included)</source>
        <translation>Último dia (UTC, incluído)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Time step</source>
        <translation>Passo de tempo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Calibration file (empty: the physical model)</source>
        <translation>Arquivo de calibração (vazio: o modelo físico)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Generation per zone and time</source>
        <translation>Geração por zona e horário</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Zones with generation</source>
        <translation>Zonas com geração</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Model and calibration (JSON)</source>
        <translation>Modelo e calibração (JSON)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Fleet orientation</source>
        <translation>Orientação do parque</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Roofs at 15°, every face equal</source>
        <translation>Telhados a 15°, todas as águas iguais</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Roofs at 15°, every face, north preferred</source>
        <translation>Telhados a 15°, todas as águas, preferência pelo norte</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>One plane: TILT and AZIMUTH</source>
        <translation>Um plano: TILT e AZIMUTH</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>One plane: tilt (degrees; -1 = |latitude|)</source>
        <translation>Um plano: inclinação (graus; -1 = |latitude|)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>One plane: azimuth (degrees from north, clockwise)</source>
        <translation>Um plano: azimute (graus a partir do norte, sentido horário)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>DC/AC ratio</source>
        <translation>Razão CC/CA</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>System losses (%)</source>
        <translation>Perdas do sistema (%)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Air temperature when not measured (°C)</source>
        <translation>Temperatura do ar quando não medida (°C)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>TILT and AZIMUTH apply to the one-plane orientation only: ignored for the fleet {}.</source>
        <translation>TILT e AZIMUTH valem só para a orientação de um plano: ignorados para o parque {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Fleet by connection date: {} kW on {}, {} kW on {}.</source>
        <translation>Parque pela data de conexão: {} kW em {}, {} kW em {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Calibration {}: {}; {} zones calibrated.</source>
        <translation>Calibração {}: {}; {} zonas calibradas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>{} zones lie in ONS areas the calibration has no factor for: they keep the physical model.</source>
        <translation>{} zonas ficam em áreas do ONS para as quais a calibração não tem fator: mantêm o modelo físico.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>The calibration was fitted with other model parameters ({}): its factors may not suit this run.</source>
        <translation>A calibração foi ajustada com outros parâmetros do modelo ({}): seus fatores podem não servir para esta execução.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>START and END must be dates with START ≤ END.</source>
        <translation>START e END devem ser datas com START ≤ END.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Modelling {} zones, {} to {}, every {} min…</source>
        <translation>Modelando {} zonas, de {} a {}, a cada {} min…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Writing {} rows…</source>
        <translation>Gravando {} linhas…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>{} daylight zone-intervals had no irradiance: their generation is NULL.</source>
        <translation>{} intervalos diurnos de zona ficaram sem irradiância: a geração deles é NULL.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/estimate_gd_generation.py"/>
        <source>Total: {} MWh; fleet capacity factor {}.</source>
        <translation>Total: {} MWh; fator de capacidade do parque {}.</translation>
    </message>
</context>
<context>
    <name>FindUndeclaredPv</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Find undeclared rooftop PV</source>
        <translation>Encontrar FV em telhados não declarada</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Compares roofs where the classifier found PV with the registered GD units (ANEEL). The result is a list of suspects — PV that is undeclared ('não declarada (suspeita)') — not proof of any irregularity: the classifier errs, and ANEEL coordinates carry about 1 km precision.

ROOFTOPS: output of classify_rooftops (polygons or points, any CRS).
PV_FIELD (default has_pv) and ROOF_KW_FIELD (default pv_kwp_est): the roof's PV flag and estimated capacity.
GD_UNITS: registered GD units (points, any CRS), e.g. from download_aneel_gd.
GD_KW_FIELD (default capacity_kw): installed capacity of a unit in kW.
SEARCH_DISTANCE: metres (default 1000, the precision of ANEEL's coordinates). Roof and unit pairs closer than this are matched nearest first; each unit explains at most one roof.
ZONES (optional) and ZONE_ID: zones for the per-zone comparison (municipalities, feeders).
OUTPUT_CRS: default EPSG:4674.

OUTPUT: the roofs with status (declared: a unit within the distance; undeclared: PV and no unit left within the distance; no_pv; not_classified: no probability), nearest_gd_m (distance to the matched unit in m) and zone; a status field of the input (classify_rooftops' classified / outside_raster / …) is kept as classification_status.
OUTPUT_ZONES: per zone, the zone id field, pv_roofs and pv_roofs_kw (PV roofs found and their estimated kW), undeclared_roofs, gd_units and gd_kw (registered), and undeclared_kw = max(0, pv_roofs_kw − gd_kw): capacity seen on roofs beyond what is registered, ready for hidden_load (UNDECLARED_PV with the same ZONE_ID).</source>
        <translation>Compara os telhados em que o classificador encontrou FV com as unidades de GD registradas (ANEEL). O resultado é uma lista de suspeitas — FV não declarada (suspeita) — e não prova de qualquer irregularidade: o classificador erra, e as coordenadas da ANEEL têm precisão de cerca de 1 km.

ROOFTOPS: saída de classify_rooftops (polígonos ou pontos, qualquer SRC).
PV_FIELD (padrão has_pv) e ROOF_KW_FIELD (padrão pv_kwp_est): o indicador de FV do telhado e a potência estimada.
GD_UNITS: unidades de GD registradas (pontos, qualquer SRC), p. ex. de download_aneel_gd.
GD_KW_FIELD (padrão capacity_kw): potência instalada de uma unidade em kW.
SEARCH_DISTANCE: metros (padrão 1000, a precisão das coordenadas da ANEEL). Pares telhado–unidade mais próximos que isso são associados do mais próximo ao mais distante; cada unidade explica no máximo um telhado.
ZONES (opcional) e ZONE_ID: zonas para a comparação por zona (municípios, alimentadores).
OUTPUT_CRS: padrão EPSG:4674.

OUTPUT: os telhados com status (declared: uma unidade dentro da distância; undeclared: FV e nenhuma unidade restante dentro da distância; no_pv; not_classified: sem probabilidade), nearest_gd_m (distância até a unidade associada, em m) e zona; um campo status da entrada (classified / outside_raster / … de classify_rooftops) é mantido como classification_status.
OUTPUT_ZONES: por zona, o campo identificador da zona, pv_roofs e pv_roofs_kw (telhados com FV encontrados e seus kW estimados), undeclared_roofs, gd_units e gd_kw (registrados) e undeclared_kw = max(0, pv_roofs_kw − gd_kw): potência vista nos telhados além da registrada, pronta para hidden_load (UNDECLARED_PV com o mesmo ZONE_ID).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Classified rooftops</source>
        <translation>Telhados classificados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>PV flag field</source>
        <translation>Campo indicador de FV</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Roof capacity field (kWp)</source>
        <translation>Campo de potência do telhado (kWp)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Registered GD units</source>
        <translation>Unidades de GD registradas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>GD capacity field (kW)</source>
        <translation>Campo de potência da GD (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Search distance (m)</source>
        <translation>Distância de busca (m)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Zone id field</source>
        <translation>Campo identificador da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Output CRS</source>
        <translation>SRC de saída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Rooftops with declaration status</source>
        <translation>Telhados com situação de declaração</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>Undeclared PV per zone</source>
        <translation>FV não declarada por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>PV roofs: {} declared, {} undeclared (suspected); {} without PV, {} not classified</source>
        <translation>Telhados com FV: {} declarados, {} não declarados (suspeita); {} sem FV, {} não classificados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>{} has no field '{}'</source>
        <translation>{} não tem o campo '{}'</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/find_undeclared_pv.py"/>
        <source>ZONES has no field '{}' (set ZONE_ID)</source>
        <translation>ZONES não tem o campo '{}' (defina ZONE_ID)</translation>
    </message>
</context>
<context>
    <name>HiddenLoadAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Hidden and real load</source>
        <translation>Carga oculta e carga real</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Hidden load = registered GD generation (our estimate) + undeclared PV; real load = net load + hidden load, per load area and per zone, compared with the load table's own MMGD estimate (ONS's, or your GD column). The load is ONS's per area (ONS_LOAD; zones mapped to subsystems by state: SE/CO = SP RJ MG ES GO DF MT MS AC RO; S = PR SC RS; NE = BA SE AL PE PB RN CE PI; N = PA TO MA AP AM RR) or any load table (LOAD_TABLE), e.g. a utility's measured load per substation or feeder polygon: then every zone is its own load area.

Net load: carga verificada's val_cargaglobal already includes ONS's MMGD estimate, so net load is val_cargaglobalsmmgd (net_load_mw) and real = net + our hidden load (ONS's own real load is reported as ons_load_mw). Curva de carga has one value that includes ONS's MMGD and no split: net load is derived as load − registered GD (quality 'net_derived'), so real = ONS load + undeclared PV, and there is no ONS MMGD to compare with. A substation meter measures net load.

&lt;b&gt;ONS_LOAD&lt;/b&gt;: table in the load-table schema (download_ons_load's output, or a previous run's: area, time_utc, load_mw, net_load_mw, mmgd_mw, dataset), UTC, matched by ONS area.
&lt;b&gt;GD_GENERATION&lt;/b&gt;: table from estimate_gd_generation (zone_id, time_utc, generation_mw, capacity_kw).
&lt;b&gt;ZONES&lt;/b&gt;: optional zone layer (for OUTPUT_ZONES and for the state of each zone).
&lt;b&gt;ZONE_ID&lt;/b&gt;: the zones' id field matching zone_id (default ibge_code).
&lt;b&gt;STATE_FIELD&lt;/b&gt;: optional zone field with the state letters; otherwise the state comes from the first two digits of the IBGE code in zone_id.
&lt;b&gt;UNDECLARED_PV&lt;/b&gt;: optional layer/table with ZONE_ID and UNDECLARED_FIELD (default undeclared_kw, from find_undeclared_pv); each zone's undeclared kW follows the zone's per-kW registered profile, or where the zone has no registered capacity the mean per-kW profile of its ONS area (of all the zones with a per-zone load table). Without it undeclared_pv_mw is 0.

{load_table}

&lt;b&gt;OUTPUT&lt;/b&gt;: area (ONS area, or zone id with a per-zone table), time_utc, net_load_mw, registered_gd_mw, undeclared_pv_mw, hidden_load_mw, real_load_mw, ons_load_mw and ons_mmgd_mw (the load table's global load and MMGD/GD estimate), dataset, quality, capacity_kw.
&lt;b&gt;OUTPUT_ZONE_SERIES&lt;/b&gt;: optional zone_id, area, time_utc, registered_gd_mw, undeclared_pv_mw, hidden_load_mw.
&lt;b&gt;OUTPUT_SUMMARY&lt;/b&gt;: per area: rows, rows_compared, capacity_mw, registered_gd_mwh, undeclared_pv_mwh, hidden_load_mwh, ons_mmgd_mwh, bias_mw (mean ours − table's MMGD), nmae_daylight (mean |ours − MMGD| / mean MMGD over daylight rows), correlation (Pearson), energy_ratio (Σ ours / Σ MMGD), capacity_factor (ours), ons_capacity_factor (MMGD over our capacity), peak_hidden_share (max hidden / real load), hidden_peak_mw.
&lt;b&gt;OUTPUT_ZONES&lt;/b&gt;: the zones with area, registered_gd_mwh, undeclared_pv_mwh, hidden_load_mwh, hidden_peak_mw, capacity_factor and their area's energy_ratio, nmae_daylight, correlation, bias_mw.
&lt;b&gt;OUTPUT_LOAD&lt;/b&gt;: optional: the load table as used (download_ons_load's schema, UTC).
&lt;b&gt;OUTPUT_LOAD_REJECTED&lt;/b&gt;: optional: the load rows that could not be used: row (first data row = 1), zone_id, time and load as written, reason.</source>
        <translation>Carga oculta = geração da GD cadastrada (nossa estimativa) + FV não declarada; carga real = carga líquida + carga oculta, por área de carga e por zona, comparadas com a estimativa de MMGD da própria tabela de carga (a do ONS, ou a sua coluna de GD). A carga é a do ONS por área (ONS_LOAD; zonas associadas aos subsistemas pelo estado: SE/CO = SP RJ MG ES GO DF MT MS AC RO; S = PR SC RS; NE = BA SE AL PE PB RN CE PI; N = PA TO MA AP AM RR) ou qualquer tabela de carga (LOAD_TABLE), p. ex. a carga medida de uma distribuidora por polígono de subestação ou alimentador: então cada zona é a sua própria área de carga.

Carga líquida: o val_cargaglobal da carga verificada já inclui a estimativa de MMGD do ONS, então a carga líquida é val_cargaglobalsmmgd (net_load_mw) e real = líquida + nossa carga oculta (a carga real do próprio ONS é informada em ons_load_mw). A curva de carga tem um único valor, que inclui a MMGD do ONS sem separação: a carga líquida é derivada como carga − GD cadastrada (quality 'net_derived'), então real = carga do ONS + FV não declarada, e não há MMGD do ONS para comparar. O medidor de uma subestação mede carga líquida.

&lt;b&gt;ONS_LOAD&lt;/b&gt;: tabela no esquema de tabela de carga (a saída de download_ons_load, ou a de uma execução anterior: area, time_utc, load_mw, net_load_mw, mmgd_mw, dataset), em UTC, associada por área do ONS.
&lt;b&gt;GD_GENERATION&lt;/b&gt;: tabela de estimate_gd_generation (zone_id, time_utc, generation_mw, capacity_kw).
&lt;b&gt;ZONES&lt;/b&gt;: camada de zonas opcional (para OUTPUT_ZONES e para o estado de cada zona).
&lt;b&gt;ZONE_ID&lt;/b&gt;: campo identificador das zonas correspondente a zone_id (padrão ibge_code).
&lt;b&gt;STATE_FIELD&lt;/b&gt;: campo opcional da zona com a sigla do estado; senão, o estado vem dos dois primeiros dígitos do código IBGE em zone_id.
&lt;b&gt;UNDECLARED_PV&lt;/b&gt;: camada/tabela opcional com ZONE_ID e UNDECLARED_FIELD (padrão undeclared_kw, de find_undeclared_pv); os kW não declarados de cada zona seguem o perfil por kW da GD cadastrada da zona, ou, onde a zona não tem potência cadastrada, o perfil médio por kW da sua área do ONS (de todas as zonas, com uma tabela de carga por zona). Sem ela, undeclared_pv_mw é 0.

{load_table}

&lt;b&gt;OUTPUT&lt;/b&gt;: area (área do ONS, ou identificador da zona com uma tabela por zona), time_utc, net_load_mw, registered_gd_mw, undeclared_pv_mw, hidden_load_mw, real_load_mw, ons_load_mw e ons_mmgd_mw (a carga global e a estimativa de MMGD/GD da tabela de carga), dataset, quality, capacity_kw.
&lt;b&gt;OUTPUT_ZONE_SERIES&lt;/b&gt;: opcional, zone_id, area, time_utc, registered_gd_mw, undeclared_pv_mw, hidden_load_mw.
&lt;b&gt;OUTPUT_SUMMARY&lt;/b&gt;: por área: rows, rows_compared, capacity_mw, registered_gd_mwh, undeclared_pv_mwh, hidden_load_mwh, ons_mmgd_mwh, bias_mw (média de nossa − MMGD da tabela), nmae_daylight (média de |nossa − MMGD| / média da MMGD nas linhas diurnas), correlation (Pearson), energy_ratio (Σ nossa / Σ MMGD), capacity_factor (nosso), ons_capacity_factor (MMGD sobre a nossa capacidade), peak_hidden_share (máximo de oculta / carga real), hidden_peak_mw.
&lt;b&gt;OUTPUT_ZONES&lt;/b&gt;: as zonas com area, registered_gd_mwh, undeclared_pv_mwh, hidden_load_mwh, hidden_peak_mw, capacity_factor e, da sua área, energy_ratio, nmae_daylight, correlation, bias_mw.
&lt;b&gt;OUTPUT_LOAD&lt;/b&gt;: opcional: a tabela de carga usada (esquema de download_ons_load, UTC).
&lt;b&gt;OUTPUT_LOAD_REJECTED&lt;/b&gt;: opcional: as linhas de carga que não puderam ser usadas: row (primeira linha de dados = 1), zone_id, time e load como escritos, reason.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>ONS load table</source>
        <translation>Tabela de carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>GD generation table</source>
        <translation>Tabela de geração da GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Zone id field</source>
        <translation>Campo identificador da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Zone state field (UF)</source>
        <translation>Campo do estado da zona (UF)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Undeclared PV per zone</source>
        <translation>FV não declarada por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Undeclared capacity field (kW)</source>
        <translation>Campo de potência não declarada (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Hidden and real load per area</source>
        <translation>Carga oculta e carga real por área</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Hidden load per zone and time</source>
        <translation>Carga oculta por zona e horário</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Comparison with ONS (summary)</source>
        <translation>Comparação com o ONS (resumo)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Load table as used (UTC)</source>
        <translation>Tabela de carga usada (UTC)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Load rows rejected</source>
        <translation>Linhas de carga rejeitadas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Zones with hidden load</source>
        <translation>Zonas com carga oculta</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Curva de carga has no MMGD column: net load derived as load − registered GD; no comparison with ONS MMGD for those rows.</source>
        <translation>A curva de carga não tem coluna de MMGD: carga líquida derivada como carga − GD cadastrada; sem comparação com a MMGD do ONS nessas linhas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>{} lacks field(s) {}</source>
        <translation>{} não tem o(s) campo(s) {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Give ONS_LOAD or LOAD_TABLE (one of them).</source>
        <translation>Informe ONS_LOAD ou LOAD_TABLE (um dos dois).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>The load table has no field {} (its fields: {}).</source>
        <translation>A tabela de carga não tem o campo {} (seus campos: {}).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>{} zone(s) could not be mapped to an ONS subsystem (no state): left out of the area totals.</source>
        <translation>{} zona(s) não puderam ser associadas a um subsistema do ONS (sem estado): ficaram fora dos totais por área.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>UNDECLARED_PV needs fields '{}' and '{}'.</source>
        <translation>UNDECLARED_PV precisa dos campos '{}' e '{}'.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>Undeclared PV: {} kW in {} zones.</source>
        <translation>FV não declarada: {} kW em {} zonas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/hidden_load.py"/>
        <source>{}: hidden load {} MWh (registered GD {} MWh, undeclared PV {} MWh), peak {} MW; the load table's MMGD {} MWh; bias {} MW; nMAE (daylight) {}; correlation {}; energy ratio {}; capacity factor {} (load table's MMGD {}).</source>
        <translation>{}: carga oculta {} MWh (GD cadastrada {} MWh, FV não declarada {} MWh), pico {} MW; MMGD da tabela de carga {} MWh; viés {} MW; nMAE (horas de sol) {}; correlação {}; razão de energia {}; fator de capacidade {} (MMGD da tabela de carga {}).</translation>
    </message>
</context>
<context>
    <name>InstallDependencies</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/install_dependencies.py"/>
        <source>Install optional dependencies (onnxruntime)</source>
        <translation>Instalar dependências opcionais (onnxruntime)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/install_dependencies.py"/>
        <source>Installs the Python packages the rooftop classifier needs ({} and {}) into the folder &lt;QGIS profile&gt;/python/netload_deps, with QGIS's own Python and pip (--target, --no-deps), so QGIS's numpy is never replaced. The plugin adds that folder to Python's path when it loads; the new packages work at once. Needs access to PyPI (through the system proxy). Run it again to repair or update.

OUTPUT_FOLDER: the folder the packages went to.</source>
        <translation>Instala os pacotes Python de que o classificador de telhados precisa ({} e {}) na pasta &lt;perfil do QGIS&gt;/python/netload_deps, com o próprio Python e pip do QGIS (--target, --no-deps), de modo que o numpy do QGIS nunca é substituído. O complemento adiciona essa pasta ao caminho do Python ao carregar; os novos pacotes funcionam de imediato. Requer acesso ao PyPI (pelo proxy do sistema). Execute de novo para reparar ou atualizar.

OUTPUT_FOLDER: a pasta em que os pacotes foram instalados.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/install_dependencies.py"/>
        <source>Dependency folder</source>
        <translation>Pasta de dependências</translation>
    </message>
</context>
<context>
    <name>LoadTableInput</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) without a zone id (first: row {row}): rejected.</source>
        <translation>{count} linha(s) sem identificador de zona (primeira: linha {row}): rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) whose time cannot be read (first: row {row}, '{value}'): rejected. Times are read in ISO 8601 order (2024-01-31 13:00); give LOAD_TIME_FORMAT for any other layout (e.g. %d/%m/%Y %H:%M).</source>
        <translation>{count} linha(s) cujo horário não pode ser lido (primeira: linha {row}, '{value}'): rejeitadas. Os horários são lidos na ordem ISO 8601 (2024-01-31 13:00); informe LOAD_TIME_FORMAT para qualquer outro formato (p. ex. %d/%m/%Y %H:%M).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) at a local time that did not exist in {zone} (clocks jumped forward; first: row {row}, '{value}'): rejected.</source>
        <translation>{count} linha(s) num horário local que não existiu em {zone} (os relógios foram adiantados; primeira: linha {row}, '{value}'): rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} local hour(s) that happened twice in {zone} (clocks went back) are given twice: the first row read as daylight-saving time, the second as standard time.</source>
        <translation>{count} hora(s) local(is) que ocorreram duas vezes em {zone} (os relógios foram atrasados) aparecem duas vezes: a primeira linha lida como horário de verão, a segunda como horário padrão.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} local hour(s) that happened twice in {zone} are given once: read as the first occurrence (quality dst_ambiguous); the second has no value.</source>
        <translation>{count} hora(s) local(is) que ocorreram duas vezes em {zone} aparecem uma só vez: lidas como a primeira ocorrência (quality dst_ambiguous); a segunda fica sem valor.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{field}: decimal commas read as decimal points.</source>
        <translation>{field}: vírgulas decimais lidas como separador decimal.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) without a readable load (first: row {row}, '{value}'): rejected.</source>
        <translation>{count} linha(s) sem carga legível (primeira: linha {row}, '{value}'): rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) with a negative load kept (power flowing back: generation above consumption).</source>
        <translation>{count} linha(s) com carga negativa mantidas (fluxo reverso: geração acima do consumo).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) without a readable value in {field}: kept, not compared (quality mmgd_missing).</source>
        <translation>{count} linha(s) sem valor legível em {field}: mantidas, não comparadas (quality mmgd_missing).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) of global load without a net load or MMGD to split it: net load derived as load − registered GD (quality net_derived).</source>
        <translation>{count} linha(s) de carga global sem carga líquida nem MMGD para separá-la: carga líquida derivada como carga − GD cadastrada (quality net_derived).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) off their zone's time step (first: row {row}, '{value}'): rejected.</source>
        <translation>{count} linha(s) fora do passo de tempo da sua zona (primeira: linha {row}, '{value}'): rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Time step {minutes:g} min: {count} zone(s).</source>
        <translation>Passo de tempo de {minutes:g} min: {count} zona(s).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) give different values for the same zone and time (first: zone {zone} at {time_utc} UTC): all of them rejected.</source>
        <translation>{count} linha(s) dão valores diferentes para a mesma zona e horário (primeira: zona {zone} às {time_utc} UTC): todas rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} exact duplicate row(s): the first copy kept, the others rejected.</source>
        <translation>{count} linha(s) duplicada(s) exatas: a primeira cópia mantida, as demais rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{zone}: {count} missing interval(s) of {minutes:g} min from {first} to {last} UTC: no value invented.</source>
        <translation>{zone}: {count} intervalo(s) de {minutes:g} min ausente(s) de {first} a {last} UTC: nenhum valor inventado.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>… and {count} more missing interval(s) in {runs} gap(s) of {zones} zone(s).</source>
        <translation>… e mais {count} intervalo(s) ausente(s) em {runs} lacuna(s) de {zones} zona(s).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: {count} row(s) of {zones} zone(s) from {first} to {last} UTC; {rejected} row(s) rejected.</source>
        <translation>Tabela de carga: {count} linha(s) de {zones} zona(s) de {first} a {last} UTC; {rejected} linha(s) rejeitada(s).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) of {ids} zone id(s) not among the zones ({examples}): rejected.</source>
        <translation>{count} linha(s) de {ids} identificador(es) de zona que não estão entre as zonas ({examples}): rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} zone(s) without load rows ({examples}): hidden load computed, no real load.</source>
        <translation>{count} zona(s) sem linhas de carga ({examples}): carga oculta calculada, sem carga real.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} row(s) of {ids} area(s) that none of the zones lie in ({examples}): left out.</source>
        <translation>{count} linha(s) de {ids} área(s) em que nenhuma zona está ({examples}): deixadas de fora.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} ONS area(s) of the zones without load rows ({examples}).</source>
        <translation>{count} área(s) do ONS das zonas sem linhas de carga ({examples}).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} load interval(s) outside the generation's period: not used.</source>
        <translation>{count} intervalo(s) de carga fora do período da geração: não usados.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>{count} interval(s) with generation in {areas} zone(s)/area(s) have no load row: no real load for them.</source>
        <translation>{count} intervalo(s) com geração em {areas} zona(s)/área(s) não têm linha de carga: sem carga real para eles.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>The load table and the generation share no zone or area: check the ids (LOAD_ZONE_FIELD against ZONE_ID) and LOAD_MATCH.</source>
        <translation>A tabela de carga e a geração não têm nenhuma zona ou área em comum: verifique os identificadores (LOAD_ZONE_FIELD contra ZONE_ID) e LOAD_MATCH.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table (your own load per zone, or a previous run's ONS load)</source>
        <translation>Tabela de carga (sua própria carga por zona, ou a carga do ONS de uma execução anterior)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table ids are</source>
        <translation>Os identificadores da tabela de carga são</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Zone ids (ZONE_ID): load per zone</source>
        <translation>Identificadores de zona (ZONE_ID): carga por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>ONS area codes: zones join their state's subsystem</source>
        <translation>Códigos de área do ONS: as zonas entram no subsistema do seu estado</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: zone id field (empty: zone_id or area)</source>
        <translation>Tabela de carga: campo identificador da zona (vazio: zone_id ou area)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: time field</source>
        <translation>Tabela de carga: campo de horário</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: load field</source>
        <translation>Tabela de carga: campo de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: net load field (global load only)</source>
        <translation>Tabela de carga: campo de carga líquida (só com carga global)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: MMGD/GD estimate field (compared with ours)</source>
        <translation>Tabela de carga: campo de estimativa de MMGD/GD (comparada com a nossa)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: time zone of its times (UTC, UTC-03:00, America/Sao_Paulo…)</source>
        <translation>Tabela de carga: fuso horário dos seus horários (UTC, UTC-03:00, America/Sao_Paulo…)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: a time labels its interval's</source>
        <translation>Tabela de carga: um horário marca o intervalo pelo seu</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>start</source>
        <translation>início</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>end</source>
        <translation>fim</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: unit</source>
        <translation>Tabela de carga: unidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: its load is</source>
        <translation>Tabela de carga: sua carga é</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Net: measured at the substation/feeder (generation behind the meters already subtracted)</source>
        <translation>Líquida: medida na subestação/alimentador (geração atrás dos medidores já descontada)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Global: includes the distributed generation (like ONS's load_mw)</source>
        <translation>Global: inclui a geração distribuída (como o load_mw do ONS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>Load table: time layout when not ISO 8601 (e.g. %d/%m/%Y %H:%M)</source>
        <translation>Tabela de carga: formato do horário quando não é ISO 8601 (p. ex. %d/%m/%Y %H:%M)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>&lt;b&gt;LOAD_TABLE&lt;/b&gt;: any table or CSV of measured load, e.g. a utility's SCADA export per substation or feeder, or a previous run's ONS table; instead of ONS_LOAD. Rows that cannot be used (unreadable times or values, local times that did not exist, times off the zone's step, conflicting duplicates, ids that are no zone's) are rejected with their reason (OUTPUT_LOAD_REJECTED) and counted in the log; gaps are listed, never filled.
&lt;b&gt;LOAD_MATCH&lt;/b&gt;: 0 = the table's ids are zone ids (ZONE_ID values): hidden and real load per zone; 1 = they are ONS area codes (SECO, S, NE, N…): each zone joins its state's subsystem.
&lt;b&gt;LOAD_ZONE_FIELD&lt;/b&gt;, &lt;b&gt;LOAD_TIME_FIELD&lt;/b&gt; (default time_utc), &lt;b&gt;LOAD_FIELD&lt;/b&gt; (default load_mw): the table's id, time and load fields.
&lt;b&gt;LOAD_TIME_ZONE&lt;/b&gt;: the zone the times are written in: UTC (default), an offset (UTC-03:00) or an IANA name (America/Sao_Paulo: Brazil's daylight saving until 2019 is applied; an hour that did not exist is rejected, one that happened twice is read in row order). Times with their own offset keep it.
&lt;b&gt;LOAD_TIME_FORMAT&lt;/b&gt;: the times' layout when not ISO 8601, in strptime codes (%d/%m/%Y %H:%M).
&lt;b&gt;LOAD_TIME_LABEL&lt;/b&gt;: 0 = a time is its interval's start, 1 = its end.
&lt;b&gt;LOAD_UNIT&lt;/b&gt;: 0 = MW, 1 = kW (every value field).
&lt;b&gt;LOAD_KIND&lt;/b&gt;: 0 = net load, what a substation meter sees (real = net + hidden load); 1 = global load that includes the distributed generation, split by LOAD_NET_FIELD or LOAD_MMGD_FIELD (else the net load is derived as load − registered GD).
&lt;b&gt;LOAD_NET_FIELD&lt;/b&gt;: with a global load, the net load field. &lt;b&gt;LOAD_MMGD_FIELD&lt;/b&gt;: the table's own MMGD/GD estimate, compared with ours in the summary.</source>
        <translation>&lt;b&gt;LOAD_TABLE&lt;/b&gt;: qualquer tabela ou CSV de carga medida, p. ex. a exportação do SCADA de uma distribuidora por subestação ou alimentador, ou a tabela do ONS de uma execução anterior; no lugar de ONS_LOAD. Linhas que não podem ser usadas (horários ou valores ilegíveis, horários locais que não existiram, horários fora do passo da zona, duplicatas conflitantes, identificadores que não são de nenhuma zona) são rejeitadas com o motivo (OUTPUT_LOAD_REJECTED) e contadas no log; as lacunas são listadas, nunca preenchidas.
&lt;b&gt;LOAD_MATCH&lt;/b&gt;: 0 = os identificadores da tabela são de zonas (valores de ZONE_ID): carga oculta e real por zona; 1 = são códigos de área do ONS (SECO, S, NE, N…): cada zona entra no subsistema do seu estado.
&lt;b&gt;LOAD_ZONE_FIELD&lt;/b&gt;, &lt;b&gt;LOAD_TIME_FIELD&lt;/b&gt; (padrão time_utc), &lt;b&gt;LOAD_FIELD&lt;/b&gt; (padrão load_mw): os campos de identificador, horário e carga da tabela.
&lt;b&gt;LOAD_TIME_ZONE&lt;/b&gt;: o fuso em que os horários estão escritos: UTC (padrão), um deslocamento (UTC-03:00) ou um nome IANA (America/Sao_Paulo: aplica o horário de verão brasileiro até 2019; uma hora que não existiu é rejeitada, uma que ocorreu duas vezes é lida na ordem das linhas). Horários com deslocamento próprio o mantêm.
&lt;b&gt;LOAD_TIME_FORMAT&lt;/b&gt;: o formato dos horários quando não é ISO 8601, em códigos strptime (%d/%m/%Y %H:%M).
&lt;b&gt;LOAD_TIME_LABEL&lt;/b&gt;: 0 = o horário é o início do intervalo, 1 = o fim.
&lt;b&gt;LOAD_UNIT&lt;/b&gt;: 0 = MW, 1 = kW (todos os campos de valor).
&lt;b&gt;LOAD_KIND&lt;/b&gt;: 0 = carga líquida, a que o medidor da subestação vê (real = líquida + oculta); 1 = carga global que inclui a geração distribuída, separada por LOAD_NET_FIELD ou LOAD_MMGD_FIELD (senão a carga líquida é derivada como carga − GD cadastrada).
&lt;b&gt;LOAD_NET_FIELD&lt;/b&gt;: com carga global, o campo de carga líquida. &lt;b&gt;LOAD_MMGD_FIELD&lt;/b&gt;: a estimativa de MMGD/GD da própria tabela, comparada com a nossa no resumo.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>LOAD_TABLE: {} cannot be opened as a table.</source>
        <translation>LOAD_TABLE: {} não pode ser aberto como tabela.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>The load table has no field {} (its fields: {}).</source>
        <translation>A tabela de carga não tem o campo {} (seus campos: {}).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>LOAD_NET_FIELD goes with a global load only (LOAD_KIND=1): a net load is already what the substation meter measured.</source>
        <translation>LOAD_NET_FIELD só acompanha uma carga global (LOAD_KIND=1): uma carga líquida já é o que o medidor da subestação mediu.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_load_table.py"/>
        <source>LOAD_TIME_ZONE: {}: use UTC, an offset such as UTC-03:00, or an IANA name such as America/Sao_Paulo.</source>
        <translation>LOAD_TIME_ZONE: {}: use UTC, um deslocamento como UTC-03:00 ou um nome IANA como America/Sao_Paulo.</translation>
    </message>
</context>
<context>
    <name>LoadWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>ONS (download or the ONS file above)</source>
        <translation>ONS (download ou o arquivo do ONS acima)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>My own load table</source>
        <translation>Minha própria tabela de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Zone ids: load per zone</source>
        <translation>Ids de zona: carga por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>ONS area codes (S, SECO, NE, N)</source>
        <translation>Códigos de área do ONS (S, SECO, NE, N)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Its ids are</source>
        <translation>Seus ids são</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Id field</source>
        <translation>Campo de id</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Time field</source>
        <translation>Campo de data e hora</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Load field</source>
        <translation>Campo de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>ISO 8601 (2024-01-31 13:00)</source>
        <translation>ISO 8601 (2024-01-31 13:00)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>the start of its interval</source>
        <translation>o início do seu intervalo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>the end of its interval</source>
        <translation>o fim do seu intervalo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Net: measured at the substation/feeder</source>
        <translation>Líquida: medida na subestação/alimentador</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Global: includes the distributed generation</source>
        <translation>Global: inclui a geração distribuída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Time layout</source>
        <translation>Formato da data e hora</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Each time marks</source>
        <translation>Cada horário marca</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Its load is</source>
        <translation>Sua carga é</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Net load field</source>
        <translation>Campo de carga líquida</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>MMGD/GD field</source>
        <translation>Campo de MMGD/GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>ONS: the load of ONS's areas (N, NE, SE/CO, S), downloaded or from the ONS file in Data.
My own load table: a utility's measured load per substation or feeder (SCADA), or a previous run's ONS table: hidden and real load per zone the table names.</source>
        <translation>ONS: a carga das áreas do ONS (N, NE, SE/CO, S), baixada ou do arquivo do ONS em Dados.
Minha própria tabela de carga: a carga medida por uma distribuidora por subestação ou alimentador (SCADA), ou a tabela do ONS de uma execução anterior: carga oculta e real por zona que a tabela nomeia.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>A table layer of the project, or a file (…): CSV, GeoPackage, XLSX. One row per zone and time.</source>
        <translation>Uma camada de tabela do projeto, ou um arquivo (…): CSV, GeoPackage, XLSX. Uma linha por zona e horário.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Zone ids: the table's ids are the zones' ids (IBGE codes of the municipalities, or the zone layer's id field): hidden and real load per zone.
ONS area codes: its ids are S, SECO, NE, N; each zone joins its state's subsystem.</source>
        <translation>Ids de zona: os ids da tabela são os ids das zonas (códigos IBGE dos municípios, ou o campo de id da camada de zonas): carga oculta e real por zona.
Códigos de área do ONS: seus ids são S, SECO, NE, N; cada zona entra no subsistema do seu estado.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>The field with the zone id or ONS area code (empty: zone_id or area).</source>
        <translation>O campo com o id da zona ou o código de área do ONS (vazio: zone_id ou area).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>The field with each row's date and time.</source>
        <translation>O campo com a data e a hora de cada linha.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>The time zone the times are written in: UTC, an offset (UTC-03:00) or a name (America/Sao_Paulo applies Brazil's daylight saving until 2019). Times with their own offset keep it.</source>
        <translation>O fuso horário em que os horários estão escritos: UTC, um deslocamento (UTC-03:00) ou um nome (America/Sao_Paulo aplica o horário de verão do Brasil até 2019). Horários com deslocamento próprio o mantêm.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>The field with the measured load.</source>
        <translation>O campo com a carga medida.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Only when the times are not written year first (ISO 8601): their layout in strptime codes, e.g. %d/%m/%Y %H:%M. Day-first dates are never guessed.</source>
        <translation>Só quando os horários não começam pelo ano (ISO 8601): seu formato em códigos strptime, p. ex. %d/%m/%Y %H:%M. Datas com o dia primeiro nunca são adivinhadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Whether a row's time is the start or the end of its interval.</source>
        <translation>Se o horário de uma linha é o início ou o fim do seu intervalo.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>The unit of every value field of the table.</source>
        <translation>A unidade de todos os campos de valores da tabela.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Net: what the substation or feeder meter measured, the generation behind the meters already subtracted (real load = net + hidden load).
Global: a load that includes the distributed generation, like ONS's; give its net load field, or its MMGD field to split it.</source>
        <translation>Líquida: o que o medidor da subestação ou do alimentador mediu, com a geração atrás dos medidores já descontada (carga real = líquida + carga oculta).
Global: uma carga que inclui a geração distribuída, como a do ONS; informe seu campo de carga líquida, ou seu campo de MMGD para separá-la.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>With a global load: the field with the net load.</source>
        <translation>Com uma carga global: o campo com a carga líquida.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Optional: the table's own estimate of the distributed generation (MMGD/GD), compared with NetLoad's in the Chart tab (energy ratio, nMAE, correlation, bias).</source>
        <translation>Opcional: a estimativa da própria tabela para a geração distribuída (MMGD/GD), comparada com a do NetLoad na aba Gráfico (razão de energia, nMAE, correlação, viés).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/load_widget.py"/>
        <source>Load table</source>
        <translation>Tabela de carga</translation>
    </message>
</context>
<context>
    <name>NetLoadAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/base.py"/>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py"/>
        <source>Hidden load model</source>
        <translation>Modelo de carga oculta</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py"/>
        <source>Rooftop PV</source>
        <translation>FV em telhados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py"/>
        <source>Workflow</source>
        <translation>Fluxo de trabalho</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py"/>
        <source>Unexpected error (please report it with the log above): {}: {}</source>
        <translation>Erro inesperado (por favor, relate-o com o log acima): {}: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py"/>
        <source>Cancelled: no output written; earlier outputs are left as they were.</source>
        <translation>Cancelado: nenhuma saída gravada; as saídas anteriores ficaram como estavam.</translation>
    </message>
</context>
<context>
    <name>NetLoadChart</name>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Real load</source>
        <translation>Carga real</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Net load (ONS)</source>
        <translation>Carga líquida (ONS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Registered GD</source>
        <translation>GD cadastrada</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Undeclared PV (suspected)</source>
        <translation>FV não declarada (suspeita)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>ONS MMGD</source>
        <translation>MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Bias (MW)</source>
        <translation>Viés (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>nMAE (daylight)</source>
        <translation>nMAE (horas de sol)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Correlation</source>
        <translation>Correlação</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Energy ratio</source>
        <translation>Razão de energia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Capacity factor</source>
        <translation>Fator de capacidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Intervals compared</source>
        <translation>Intervalos comparados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Sudeste/Centro-Oeste</source>
        <translation>Sudeste/Centro-Oeste</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Sul</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Nordeste</source>
        <translation>Nordeste</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Norte</source>
        <translation>Norte</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Brasília time</source>
        <translation>horário de Brasília</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Registered GD estimate compared with ONS MMGD (nMAE over daylight hours).</source>
        <translation>Estimativa da GD cadastrada comparada com a MMGD do ONS (nMAE nas horas de sol).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>No data for this area.</source>
        <translation>Sem dados para esta área.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>{}: load and generation over time ({})</source>
        <translation>{}: carga e geração ao longo do tempo ({})</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Daily profile (mean by hour, {})</source>
        <translation>Perfil diário (média por hora, {})</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>Registered GD vs ONS MMGD</source>
        <translation>GD cadastrada × MMGD do ONS</translation>
    </message>
</context>
<context>
    <name>NetLoadDock</name>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>NetLoad</source>
        <translation>NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Hidden load = registered distributed generation + undeclared rooftop PV.
Real load = ONS net load + hidden load.</source>
        <translation>Carga oculta = geração distribuída cadastrada + FV em telhados não declarada.
Carga real = carga líquida do ONS + carga oculta.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Distributed generation (MMGD: micro and mini generation behind the meter) lowers the load ONS measures. NetLoad estimates it and adds it back.</source>
        <translation>A geração distribuída (MMGD: micro e minigeração atrás do medidor) reduz a carga que o ONS mede. O NetLoad a estima e a soma de volta.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>default: beside the saved project, else Documents/NetLoad</source>
        <translation>padrão: ao lado do projeto salvo, senão Documentos/NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Also write a PDF report beside it</source>
        <translation>Gerar também um relatório PDF ao lado</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Cannot run</source>
        <translation>Não é possível executar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Starting {}…</source>
        <translation>Iniciando {}…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Installing onnxruntime… (a download of about 15 MB)</source>
        <translation>Instalando o onnxruntime… (um download de cerca de 15 MB)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>The algorithm {} is not available; is the NetLoad provider enabled?</source>
        <translation>O algoritmo {} não está disponível; o provedor NetLoad está ativado?</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>The run finished but its outputs could not be loaded: {}</source>
        <translation>A execução terminou, mas as saídas não puderam ser carregadas: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Done: {} layers in “{}”.</source>
        <translation>Concluído: {} camadas em “{}”.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Run finished: {}. Results in {}</source>
        <translation>Execução concluída: {}. Resultados em {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Report: {}</source>
        <translation>Relatório: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>onnxruntime is installed; the rooftop step can run.</source>
        <translation>O onnxruntime está instalado; a etapa dos telhados pode ser executada.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>onnxruntime installed in {}</source>
        <translation>onnxruntime instalado em {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Failed: {}</source>
        <translation>Falhou: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>NetLoad run failed</source>
        <translation>A execução do NetLoad falhou</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Installing onnxruntime failed</source>
        <translation>A instalação do onnxruntime falhou</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>(details in the NetLoad log)</source>
        <translation>(detalhes no log do NetLoad)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Cancelled; earlier outputs were left as they were.</source>
        <translation>Cancelado; as saídas anteriores foram mantidas como estavam.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py"/>
        <source>Run cancelled.</source>
        <translation>Execução cancelada.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/plugin.py"/>
        <source>NetLoad panel</source>
        <translation>Painel NetLoad</translation>
    </message>
</context>
<context>
    <name>NetLoadDockActions</name>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Open the desktop guide (dock, chart, map, report)</source>
        <translation>Abrir o guia do desktop (painel, gráfico, mapa, relatório)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Demo data</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Fill the panel with the bundled demo: PR, SC, RS, 1–7 January 2024, local files, ONS's hourly load with its MMGD as the load table</source>
        <translation>Preencher o painel com a demonstração incluída: PR, SC, RS, 1–7 de janeiro de 2024, arquivos locais, a carga horária do ONS com a sua MMGD como tabela de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Save the panel's choices (region, period, data, files) to a settings file</source>
        <translation>Salvar as escolhas do painel (região, período, dados, arquivos) num arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Load…</source>
        <translation>Carregar…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Load the panel's choices from a settings file</source>
        <translation>Carregar as escolhas do painel de um arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Folder of the NetLoad demo data</source>
        <translation>Pasta dos dados de demonstração do NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>NetLoad</source>
        <translation>NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>{} does not hold the four demo inputs.</source>
        <translation>{} não contém as quatro entradas da demonstração.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Demo data filled in: press Run.</source>
        <translation>Dados de demonstração preenchidos: clique em Executar.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Save NetLoad settings</source>
        <translation>Salvar configurações do NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>NetLoad settings (*.json)</source>
        <translation>Configurações do NetLoad (*.json)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Load NetLoad settings</source>
        <translation>Carregar configurações do NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Settings saved to {}</source>
        <translation>Configurações salvas em {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_actions.py"/>
        <source>Settings loaded from {}</source>
        <translation>Configurações carregadas de {}</translation>
    </message>
</context>
<context>
    <name>NetLoadDockState</name>
    <message>
        <location filename="../../netload_plugin/gui/dock_state.py"/>
        <source>{}: not a NetLoad settings file ({}).</source>
        <translation>{}: não é um arquivo de configurações do NetLoad ({}).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_state.py"/>
        <source>{}: not a NetLoad settings file.</source>
        <translation>{}: não é um arquivo de configurações do NetLoad.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock_state.py"/>
        <source>{}: written by a newer NetLoad (version {}).</source>
        <translation>{}: gravado por um NetLoad mais novo (versão {}).</translation>
    </message>
</context>
<context>
    <name>NetLoadFields</name>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>ONS area</source>
        <translation>Área do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Time (UTC, interval start)</source>
        <translation>Hora (UTC, início do intervalo)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Interval (s)</source>
        <translation>Intervalo (s)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>IBGE code</source>
        <translation>Código IBGE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD unit code</source>
        <translation>Código do empreendimento de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Consumer class</source>
        <translation>Classe de consumo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Generation type</source>
        <translation>Tipo de geração</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Energy source</source>
        <translation>Fonte de energia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Size (micro/mini)</source>
        <translation>Porte (micro/mini)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Connected on</source>
        <translation>Conectado em</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Distributor</source>
        <translation>Distribuidora</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Substation</source>
        <translation>Subestação</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Location from</source>
        <translation>Localização a partir de</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Capacity (kW)</source>
        <translation>Potência (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD units</source>
        <translation>Unidades de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity (kW)</source>
        <translation>Potência de GD (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD units without date</source>
        <translation>Empreendimentos de GD sem data</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Registered GD (kW)</source>
        <translation>GD cadastrada (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Registered GD generation (MW)</source>
        <translation>Geração da GD cadastrada (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Registered GD energy (MWh)</source>
        <translation>Energia da GD cadastrada (MWh)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Mean capacity (kW)</source>
        <translation>Potência média (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Capacity factor</source>
        <translation>Fator de capacidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Peak generation (MW)</source>
        <translation>Geração de pico (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Daylight intervals without irradiance</source>
        <translation>Intervalos diurnos sem irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Irradiance GHI (W/m²)</source>
        <translation>Irradiância GHI (W/m²)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Load (MW)</source>
        <translation>Carga (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Net load, ONS (MW)</source>
        <translation>Carga líquida, ONS (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>ONS MMGD (MW)</source>
        <translation>MMGD do ONS (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Registered GD (MW)</source>
        <translation>GD cadastrada (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Undeclared PV, suspected (MW)</source>
        <translation>FV não declarada, suspeita (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Hidden load (MW)</source>
        <translation>Carga oculta (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Hidden load (MWh)</source>
        <translation>Carga oculta (MWh)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Peak hidden load (MW)</source>
        <translation>Pico de carga oculta (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Real load (MW)</source>
        <translation>Carga real (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>ONS dataset</source>
        <translation>Conjunto de dados do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Bias vs ONS MMGD (MW)</source>
        <translation>Viés vs MMGD do ONS (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>nMAE, daylight</source>
        <translation>nMAE, período diurno</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Correlation</source>
        <translation>Correlação</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Energy ratio vs ONS MMGD</source>
        <translation>Razão de energia vs MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Intervals compared</source>
        <translation>Intervalos comparados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Undeclared PV (kW)</source>
        <translation>FV não declarada (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Roofs with PV</source>
        <translation>Telhados com FV</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>PV on roofs (kW)</source>
        <translation>FV nos telhados (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>PV probability</source>
        <translation>Probabilidade de FV</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Has PV</source>
        <translation>Tem FV</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Roof area (m²)</source>
        <translation>Área do telhado (m²)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Estimated PV (kWp)</source>
        <translation>FV estimada (kWp)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Share of capacity</source>
        <translation>Parcela da potência</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>ONS load (MW)</source>
        <translation>Carga do ONS (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Supervised load (MW)</source>
        <translation>Carga supervisionada (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Unsupervised load (MW)</source>
        <translation>Carga não supervisionada (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Updated by ONS at</source>
        <translation>Atualizado pelo ONS em</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Intervals</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Capacity (MW)</source>
        <translation>Potência (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Undeclared PV energy (MWh)</source>
        <translation>Energia da FV não declarada (MWh)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>ONS MMGD energy (MWh)</source>
        <translation>Energia da MMGD do ONS (MWh)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>ONS MMGD capacity factor</source>
        <translation>Fator de capacidade da MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Peak hidden share of real load</source>
        <translation>Parcela máxima da carga oculta na carga real</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Area energy ratio vs ONS MMGD</source>
        <translation>Razão de energia da área vs MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Area nMAE, daylight</source>
        <translation>nMAE diurno da área</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Area correlation</source>
        <translation>Correlação da área</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Area bias vs ONS MMGD (MW)</source>
        <translation>Viés da área vs MMGD do ONS (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Station or cell</source>
        <translation>Estação ou célula</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Altitude (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Station founded on</source>
        <translation>Estação fundada em</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Air temperature (°C)</source>
        <translation>Temperatura do ar (°C)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
</context>
<context>
    <name>NetLoadInputCheck</name>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>ANEEL's GD registry (micro and mini distributed generation)</source>
        <translation>o cadastro de GD da ANEEL (micro e minigeração distribuída)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>ANEEL's SIGA plant registry</source>
        <translation>o cadastro de usinas do SIGA (ANEEL)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>ONS's carga verificada (API reply, JSON)</source>
        <translation>a carga verificada do ONS (resposta da API, JSON)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>ONS's curva de carga CSV</source>
        <translation>o CSV da curva de carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>a NASA POWER CSV</source>
        <translation>um CSV do NASA POWER</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>an INMET station file</source>
        <translation>um arquivo de estação do INMET</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>INPE LABREN's solar atlas CSV</source>
        <translation>o CSV do atlas solar do LABREN/INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>a polygon file (GeoPackage, GeoJSON or shapefile)</source>
        <translation>um arquivo de polígonos (GeoPackage, GeoJSON ou shapefile)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>a file of unknown content</source>
        <translation>um arquivo de conteúdo desconhecido</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>Carga verificada</source>
        <translation>Carga verificada</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>Curva de carga</source>
        <translation>Curva de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>NASA POWER</source>
        <translation>NASA POWER</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>INMET stations</source>
        <translation>Estações do INMET</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>INPE LABREN atlas</source>
        <translation>Atlas LABREN do INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>{}: the file {} does not exist.</source>
        <translation>{}: o arquivo {} não existe.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>{}: cannot read {} ({}).</source>
        <translation>{}: não foi possível ler {} ({}).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>{}: {} looks like {}: choose {}.</source>
        <translation>{}: {} parece ser {}: escolha {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>{}: {} does not look like {}; it looks like {}.</source>
        <translation>{}: {} não parece ser {}; parece ser {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>{}: {} looks like {}, which is not a load table: give it as {} with {}.</source>
        <translation>{}: {} parece ser {}, que não é uma tabela de carga: informe-o como {} com {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/input_sniffing.py"/>
        <source>{}: {} does not look like a load table; it looks like {}.</source>
        <translation>{}: {} não parece ser uma tabela de carga; parece ser {}.</translation>
    </message>
</context>
<context>
    <name>NetLoadMessages</name>
    <message>
        <location filename="../../netload_plugin/gui/messages.py"/>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/messages.py"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>NetLoadNetwork</name>
    <message>
        <location filename="../../netload_plugin/net/session.py"/>
        <source>File not found: {}</source>
        <translation>Arquivo não encontrado: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/net/session.py"/>
        <source>Download of {} failed after {} attempts; last error: {}{}. Check the network or proxy settings and try again later.</source>
        <translation>O download de {} falhou após {} tentativas; último erro: {}{}. Verifique a rede ou o proxy e tente de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/net/session.py"/>
        <source>The file is not there: check the URL (sources sometimes move their files).</source>
        <translation>O arquivo não está lá: confira a URL (as fontes às vezes mudam seus arquivos de lugar).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/net/session.py"/>
        <source>The server refused access. Some servers (ONS among them) block cloud and data-centre IP ranges: try from another network or through a proxy.</source>
        <translation>O servidor recusou o acesso. Alguns servidores (entre eles o do ONS) bloqueiam faixas de IP de nuvem e de data centers: tente de outra rede ou por um proxy.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/net/session.py"/>
        <source>Authentication is required: check the API key or the proxy user and password.</source>
        <translation>É preciso autenticação: confira a chave de API ou o usuário e a senha do proxy.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/net/session.py"/>
        <source>Server said: {}</source>
        <translation>O servidor disse: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/net/session.py"/>
        <source>The TLS certificate of {} could not be verified ({}). If the server sends an incomplete certificate chain (ANEEL has), save the missing intermediate certificate as a PEM file and set it as the extra CA bundle (Settings ▸ Options ▸ NetLoad, setting netload/ca_bundle). Verification is never switched off.</source>
        <translation>O certificado TLS de {} não pôde ser verificado ({}). Se o servidor envia uma cadeia de certificados incompleta (a ANEEL já enviou), salve o certificado intermediário que falta num arquivo PEM e defina-o como pacote extra de certificados (Configurações ▸ Opções ▸ NetLoad, configuração netload/ca_bundle). A verificação nunca é desligada.</translation>
    </message>
</context>
<context>
    <name>NetLoadOnnxRuntime</name>
    <message>
        <location filename="../../netload_plugin/core/onnx_runtime.py"/>
        <source>The rooftop classifier needs the Python package onnxruntime, which this QGIS Python cannot import ({}).</source>
        <translation>O classificador de telhados precisa do pacote Python onnxruntime, que o Python deste QGIS não consegue importar ({}).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/optional_dependencies.py"/>
        <source>Install it once, from QGIS: the NetLoad panel's 'Install onnxruntime' button (in 'Find undeclared rooftop PV'), or Processing Toolbox › NetLoad › Rooftop PV › Install optional dependencies, or `qgis_process run {}`. It runs `python -m pip install --target {} --no-deps {} …` with QGIS's own Python, which leaves QGIS's numpy untouched. See the desktop guide (docs/desktop.md).</source>
        <translation>Instale-o uma vez, pelo QGIS: o botão 'Instalar onnxruntime' do painel NetLoad (em 'Procurar FV em telhados não declarada'), ou Caixa de Ferramentas de Processamento › NetLoad › FV em telhados › Instalar dependências opcionais, ou `qgis_process run {}`. Ele executa `python -m pip install --target {} --no-deps {} …` com o próprio Python do QGIS, sem mexer no numpy do QGIS. Veja o guia do desktop (docs/desktop.pt_BR.md).</translation>
    </message>
</context>
<context>
    <name>NetLoadProvider</name>
    <message>
        <location filename="../../netload_plugin/processing/provider.py"/>
        <source>NetLoad — hidden load on Brazil's grid</source>
        <translation>NetLoad — carga oculta na rede brasileira</translation>
    </message>
</context>
<context>
    <name>NetLoadReport</name>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Hidden load over the period (MWh)</source>
        <translation>Carga oculta no período (MWh)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Peak hidden load (MW)</source>
        <translation>Pico de carga oculta (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Hidden load (MW)</source>
        <translation>Carga oculta (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Hidden load = registered GD + undeclared PV; real load = ONS net load + hidden load. Generated {}.</source>
        <translation>Carga oculta = GD cadastrada + FV não declarada; carga real = carga líquida do ONS + carga oculta. Gerado em {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Registered GD vs ONS MMGD</source>
        <translation>GD cadastrada × MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Load and generation over time</source>
        <translation>Carga e geração ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>URL or file</source>
        <translation>URL ou arquivo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>NetLoadResults</name>
    <message>
        <location filename="../../netload_plugin/geo/postgis_project.py"/>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Hourly GD generation per zone (tick to animate)</source>
        <translation>Geração horária da GD por zona (marque para animar)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Hidden load per zone</source>
        <translation>Carga oculta por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Hidden and real load per ONS area</source>
        <translation>Carga oculta e real por área do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Comparison with ONS per area</source>
        <translation>Comparação com o ONS por área</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Registered GD per distributor</source>
        <translation>GD cadastrada por distribuidora</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Roofs (PV declared / undeclared)</source>
        <translation>Telhados (FV declarada / não declarada)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Undeclared PV per zone</source>
        <translation>FV não declarada por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>GD units (ANEEL)</source>
        <translation>Empreendimentos de GD (ANEEL)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>GD units (GENERATED demo data)</source>
        <translation>Empreendimentos de GD (dados de demonstração GERADOS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Registered GD generation per zone and hour</source>
        <translation>Geração da GD cadastrada por zona e hora</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Irradiance points</source>
        <translation>Pontos de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Irradiance series</source>
        <translation>Séries de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>ONS load</source>
        <translation>Carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Tick this layer, then press Play in the Temporal Controller (View ▸ Panels ▸ Temporal Controller) to animate the hours.</source>
        <translation>Marque esta camada e clique em Reproduzir no Controlador Temporal (Exibir ▸ Painéis ▸ Controlador Temporal) para animar as horas.</translation>
    </message>
</context>
<context>
    <name>NetLoadSettings</name>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Download cache folder</source>
        <translation>Pasta do cache de downloads</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Extra CA bundle (PEM)</source>
        <translation>Certificados de CA adicionais (PEM)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Module tilt</source>
        <translation>Inclinação dos módulos</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Module azimuth (0 = north)</source>
        <translation>Azimute dos módulos (0 = norte)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>DC/AC ratio</source>
        <translation>Razão CC/CA</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>System losses</source>
        <translation>Perdas do sistema</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Times in the chart and report</source>
        <translation>Horários no gráfico e no relatório</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Brasília time (UTC−3)</source>
        <translation>Horário de Brasília (UTC−3)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Source URLs (empty: the official endpoint)</source>
        <translation>URLs das fontes (vazio: o endereço oficial)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Default PV system (registered GD estimate)</source>
        <translation>Sistema FV padrão (estimativa da GD cadastrada)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Display</source>
        <translation>Exibição</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py"/>
        <source>|latitude| of each zone</source>
        <translation>|latitude| de cada zona</translation>
    </message>
</context>
<context>
    <name>NetLoadStore</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_store.py"/>
        <source>&lt;b&gt;STORE&lt;/b&gt; (optional): also publish to a team's PostGIS store: a QGIS PostgreSQL connection, or on the command line a connection string without password (service=netload, host=… dbname=…). &lt;b&gt;STORE_SCHEMA&lt;/b&gt;: its schema (default energy_monitor). The run replaces its own zones, areas or states within its own period, in one transaction, and is recorded in the schema's runs table. &lt;b&gt;STORE_WAIT&lt;/b&gt;: seconds to wait while another run writes to the store (0 = fail at once).</source>
        <translation>&lt;b&gt;STORE&lt;/b&gt; (opcional): publica também no banco PostGIS da equipe: uma conexão PostgreSQL do QGIS ou, na linha de comando, uma string de conexão sem senha (service=netload, host=… dbname=…). &lt;b&gt;STORE_SCHEMA&lt;/b&gt;: o esquema (padrão energy_monitor). A execução substitui apenas suas próprias zonas, áreas ou estados dentro do seu próprio período, em uma única transação, e fica registrada na tabela runs do esquema. &lt;b&gt;STORE_WAIT&lt;/b&gt;: segundos de espera enquanto outra execução grava no banco (0 = falha imediatamente).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_store.py"/>
        <source>PostGIS store (QGIS connection or service=…; optional)</source>
        <translation>Banco PostGIS (conexão do QGIS ou service=…; opcional)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_store.py"/>
        <source>Store schema</source>
        <translation>Esquema do banco</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_store.py"/>
        <source>Wait for another run writing to the store (s; 0 = fail at once)</source>
        <translation>Esperar outra execução que grava no banco (s; 0 = falha imediatamente)</translation>
    </message>
</context>
<context>
    <name>PeriodWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py"/>
        <source>Period (UTC days, both included)</source>
        <translation>Período (dias em UTC, ambos incluídos)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py"/>
        <source>Days run from 00:00 to 24:00 UTC (21:00 to 21:00 Brasília time). Sources store times in UTC; the chart and report show them in the time zone chosen in Settings ▸ Options ▸ NetLoad (the map's Temporal Controller works in UTC).</source>
        <translation>Os dias vão de 00:00 a 24:00 UTC (21:00 a 21:00 no horário de Brasília). As fontes guardam horários em UTC; o gráfico e o relatório os mostram no fuso escolhido em Configurações ▸ Opções ▸ NetLoad (o Controlador Temporal do mapa trabalha em UTC).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py"/>
        <source>The end date is before the start date.</source>
        <translation>A data final é anterior à data inicial.</translation>
    </message>
</context>
<context>
    <name>PipelineRun</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>GD units (ANEEL)…</source>
        <translation>Unidades de GD (ANEEL)…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Zones: {} (states {})</source>
        <translation>Zonas: {} (estados {})</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Municipalities of {}…</source>
        <translation>Municípios de {}…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>{} municipalities.</source>
        <translation>{} municípios.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Capacity per zone…</source>
        <translation>Capacidade por zona…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>INPE imagery of the buildings…</source>
        <translation>Imagens do INPE das edificações…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Classifying rooftops…</source>
        <translation>Classificando os telhados…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Undeclared PV per zone…</source>
        <translation>FV não declarada por zona…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Irradiance…</source>
        <translation>Irradiância…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Generation per zone and hour…</source>
        <translation>Geração por zona e hora…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>ONS load…</source>
        <translation>Carga do ONS…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Hidden and real load…</source>
        <translation>Carga oculta e carga real…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Styling and writing {}…</source>
        <translation>Aplicando estilos e gravando {}…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>ONS's MMGD</source>
        <translation>a MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>the load table's MMGD</source>
        <translation>a MMGD da tabela de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Report {}…</source>
        <translation>Relatório {}…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Publishing to the store…</source>
        <translation>Publicando no banco…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>{} zone(s) with {} kW of undeclared PV have no registered GD unit: their generation follows the mean per-kW profile of their ONS area.</source>
        <translation>{} zona(s) com {} kW de FV não declarada não têm unidade de GD registrada: sua geração segue o perfil médio por kW da sua área do ONS.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>official endpoint</source>
        <translation>endereço oficial</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>ANEEL — GD registry (micro e minigeração distribuída)</source>
        <translation>ANEEL — cadastro de micro e minigeração distribuída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>IBGE — municipality polygons</source>
        <translation>IBGE — polígonos dos municípios</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Irradiance ({})</source>
        <translation>Irradiância ({})</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>ONS — load ({})</source>
        <translation>ONS — carga ({})</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Load table</source>
        <translation>Tabela de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Buildings</source>
        <translation>Edificações</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Imagery</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Rooftop PV model</source>
        <translation>Modelo de FV em telhados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>{} (download)</source>
        <translation>{} (download)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>Calibration of the registered-GD estimate</source>
        <translation>Calibração da estimativa da GD cadastrada</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>none: the physical model</source>
        <translation>nenhuma: o modelo físico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/_pipeline_run.py"/>
        <source>{area}: hidden load {hidden} MWh, capacity factor {factor}; compared with {reference}: energy ratio {ratio}, nMAE daylight {nmae}, correlation {correlation}, bias {bias} MW</source>
        <translation>{area}: carga oculta {hidden} MWh, fator de capacidade {factor}; comparada com {reference}: razão de energia {ratio}, nMAE diurno {nmae}, correlação {correlation}, viés {bias} MW</translation>
    </message>
</context>
<context>
    <name>RegionWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>Zone layer</source>
        <translation>Camada de zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>Map extent</source>
        <translation>Extensão do mapa</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>Zone id field</source>
        <translation>Campo identificador da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>Use current map extent</source>
        <translation>Usar a extensão atual do mapa</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py"/>
        <source>No extent yet.</source>
        <translation>Nenhuma extensão ainda.</translation>
    </message>
</context>
<context>
    <name>RooftopWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Find undeclared rooftop PV (optional)</source>
        <translation>Procurar FV em telhados não declarada (opcional)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Rooftop PV that ANEEL's register does not list, found on imagery by an image classifier (suspected, to be checked on the ground).</source>
        <translation>FV em telhados que o cadastro da ANEEL não lista, encontrada em imagens por um classificador (suspeita, a confirmar em campo).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Raster layer from the project</source>
        <translation>Camada raster do projeto</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Download INPE CBERS imagery</source>
        <translation>Baixar imagens CBERS do INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>ONNX model (*.onnx)</source>
        <translation>Modelo ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>default: the bundled model</source>
        <translation>padrão: o modelo incluído no plugin</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Undeclared PV per zone (existing layer)</source>
        <translation>FV não declarada por zona (camada existente)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Buildings</source>
        <translation>Edificações</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Imagery</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>Install onnxruntime</source>
        <translation>Instalar onnxruntime</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py"/>
        <source>The rooftop classifier needs the Python package onnxruntime. This installs it into your QGIS profile with QGIS's own Python (netload:install_dependencies); QGIS's numpy is left untouched.</source>
        <translation>O classificador de telhados precisa do pacote Python onnxruntime. Isto o instala no seu perfil do QGIS com o próprio Python do QGIS (netload:install_dependencies); o numpy do QGIS não é alterado.</translation>
    </message>
</context>
<context>
    <name>RunPipelineAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Run the hidden-load pipeline</source>
        <translation>Executar o fluxo de carga oculta</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Runs the whole chain for a set of states (or a zone layer) and a period, and writes one GeoPackage with styled layers: download_aneel_gd → (municipalities) → aggregate_gd → download_irradiance → estimate_gd_generation → download_ons_load → hidden_load.

&lt;b&gt;STATES&lt;/b&gt;: UF letters, comma-separated (default PR,SC,RS); their municipalities are the zones and their subsystems the ONS areas.
&lt;b&gt;EXTENT&lt;/b&gt;: optional area (any CRS) instead of STATES: the states with a municipality centroid inside it are modelled, whole (what the panel's map extent mode passes).
&lt;b&gt;ZONES&lt;/b&gt;: optional polygon layer used instead of the municipalities (ZONE_ID: its IBGE code or id field; the state of a zone comes from the first two digits of an IBGE code). The states the zones lie in (from those codes, else from the municipalities inside the zones' extent) replace STATES.
&lt;b&gt;START&lt;/b&gt;, &lt;b&gt;END&lt;/b&gt;: first and last day (END included).
&lt;b&gt;GD_URL&lt;/b&gt;: ANEEL GD registry (URL or local .csv/.zip; empty = the live resource, or the mirror set in NetLoad's settings).
&lt;b&gt;MUNICIPALITIES&lt;/b&gt;: polygons file with every municipality (ibge_code or id field) or a URL/path template with {code} (IBGE state code); default geodata-br's GeoJSON per state.
&lt;b&gt;IRRADIANCE_SOURCE&lt;/b&gt;: LABREN climatology, INMET stations or NASA POWER daily (default); &lt;b&gt;IRRADIANCE_URL&lt;/b&gt;: its URL or local file (empty = live).
&lt;b&gt;ONS_DATASET&lt;/b&gt;: carga verificada (half-hourly, with ONS's MMGD, default) or curva de carga (hourly; no MMGD to compare with); &lt;b&gt;ONS_URL&lt;/b&gt;: its URL or local file (empty = live).
Local files are read for their kind before anything is downloaded: a file that does not fit its parameter (a curva de carga CSV with carga verificada chosen…) stops the run at once, saying which choice fits it.
&lt;b&gt;CALIBRATION&lt;/b&gt;: optional calibration file (JSON, scripts/validate_mmgd.py --write-calibration): the registered-GD generation of each zone is multiplied by its ONS area's factor, fitted against ONS's MMGD on a reference period. Empty (default): the physical model. The file and its factors are listed in the report's sources, the PROVENANCE output and the store's run record.
&lt;b&gt;UNDECLARED_PV&lt;/b&gt;: optional undeclared PV per zone from an earlier find_undeclared_pv run (field undeclared_kw and the zone id); the alternative to the rooftop step.

Your own load instead of ONS's (download_ons_load is then skipped): {load_table} The GeoPackage then holds load_table (the table as used, UTC) and load_rejected instead of ons_load.

Rooftop step (optional; needs the Python package onnxruntime, see 'Install optional dependencies'): with &lt;b&gt;BUILDINGS&lt;/b&gt; (building polygons, any CRS) the pipeline runs classify_rooftops → find_undeclared_pv against its own GD units and zones, and feeds the undeclared kW per zone to hidden_load.
&lt;b&gt;RASTER&lt;/b&gt;: RGB imagery of the buildings; or &lt;b&gt;DOWNLOAD_IMAGERY&lt;/b&gt; (default off): fetch INPE CBERS-4A imagery over the buildings' extent for START–END with download_inpe_imagery from &lt;b&gt;STAC_URL&lt;/b&gt; (empty = INPE's catalogue, or the one set in NetLoad's settings). CBERS-4A's 2 m pixels are much coarser than the bundled model's 0.3 m: such a run is screening only.
&lt;b&gt;MODEL&lt;/b&gt;: ONNX rooftop model (empty = the bundled model); &lt;b&gt;THRESHOLD&lt;/b&gt;: PV probability threshold (empty = the model's own); &lt;b&gt;SEARCH_DISTANCE&lt;/b&gt;: metres between a PV roof and a registered unit that explains it (default 1000).

&lt;b&gt;OUTPUT_GPKG&lt;/b&gt;: the GeoPackage, written atomically, with layers gd_units, zones (capacity, generation, hidden load; styled by hidden_load_mwh), gd_generation, ons_load, hidden_load_area, hidden_load_summary, irradiance_points, irradiance_series, and the view zones_hourly (each zone's polygon with its generation per hour, for the Temporal Controller); with the rooftop step also rooftops (every building with pv_probability, has_pv, roof_area_m2, pv_kwp_est, classification_status and status declared / undeclared / no_pv / not_classified; styled by status) and undeclared_pv_zones (pv_roofs, pv_roofs_kw, gd_units, gd_kw, undeclared_kw per zone); with municipalities as zones also gd_by_distributor (the registered GD and its estimated generation per distributor).
&lt;b&gt;REPORT&lt;/b&gt;: optional PDF (two A4 pages): the zones map with its legend and the comparison with ONS, the load chart and the sources with their dates; the chart is also kept as &amp;lt;name&amp;gt;_chart.png beside it.</source>
        <translation>Executa a cadeia completa para um conjunto de estados (ou uma camada de zonas) e um período, e grava um GeoPackage com camadas estilizadas: download_aneel_gd → (municípios) → aggregate_gd → download_irradiance → estimate_gd_generation → download_ons_load → hidden_load.

&lt;b&gt;STATES&lt;/b&gt;: siglas das UFs, separadas por vírgula (padrão PR,SC,RS); seus municípios são as zonas e seus subsistemas as áreas do ONS.
&lt;b&gt;EXTENT&lt;/b&gt;: área opcional (qualquer SRC) no lugar de STATES: são modelados, inteiros, os estados com o centroide de algum município dentro dela (o que o modo de extensão do mapa do painel passa).
&lt;b&gt;ZONES&lt;/b&gt;: camada de polígonos opcional, usada no lugar dos municípios (ZONE_ID: seu campo de código IBGE ou identificador; o estado de uma zona vem dos dois primeiros dígitos do código IBGE). Os estados em que as zonas estão (por esses códigos, ou pelos municípios dentro da extensão das zonas) substituem STATES.
&lt;b&gt;START&lt;/b&gt;, &lt;b&gt;END&lt;/b&gt;: primeiro e último dia (END incluído).
&lt;b&gt;GD_URL&lt;/b&gt;: cadastro de GD da ANEEL (URL ou .csv/.zip local; vazio = o recurso on-line, ou o espelho definido nas configurações do NetLoad).
&lt;b&gt;MUNICIPALITIES&lt;/b&gt;: arquivo de polígonos com todos os municípios (campo ibge_code ou id) ou um modelo de URL/caminho com {code} (código IBGE do estado); padrão: o GeoJSON por estado do geodata-br.
&lt;b&gt;IRRADIANCE_SOURCE&lt;/b&gt;: climatologia do LABREN, estações do INMET ou NASA POWER diário (padrão); &lt;b&gt;IRRADIANCE_URL&lt;/b&gt;: sua URL ou arquivo local (vazio = on-line).
&lt;b&gt;ONS_DATASET&lt;/b&gt;: carga verificada (semi-horária, com a MMGD do ONS, padrão) ou curva de carga (horária; sem MMGD para comparar); &lt;b&gt;ONS_URL&lt;/b&gt;: sua URL ou arquivo local (vazio = on-line).
Os arquivos locais são lidos para saber o que contêm antes de qualquer download: um arquivo que não corresponde ao seu parâmetro (um CSV da curva de carga com a carga verificada escolhida…) interrompe a execução na hora, dizendo qual escolha lhe corresponde.
&lt;b&gt;CALIBRATION&lt;/b&gt;: arquivo de calibração opcional (JSON, scripts/validate_mmgd.py --write-calibration): a geração da GD cadastrada de cada zona é multiplicada pelo fator da sua área do ONS, ajustado contra a MMGD do ONS num período de referência. Vazio (padrão): o modelo físico. O arquivo e seus fatores aparecem nas fontes do relatório, na saída PROVENANCE e no registro da execução no repositório.
&lt;b&gt;UNDECLARED_PV&lt;/b&gt;: FV não declarada por zona, opcional, de uma execução anterior de find_undeclared_pv (campo undeclared_kw e o identificador da zona); a alternativa à etapa dos telhados.

Sua própria carga no lugar da do ONS (download_ons_load é então pulado): {load_table} O GeoPackage passa a ter load_table (a tabela usada, UTC) e load_rejected no lugar de ons_load.

Etapa dos telhados (opcional; precisa do pacote Python onnxruntime, veja 'Instalar dependências opcionais'): com &lt;b&gt;BUILDINGS&lt;/b&gt; (polígonos de edificações, qualquer SRC) o pipeline executa classify_rooftops → find_undeclared_pv com suas próprias unidades de GD e zonas, e passa os kW não declarados por zona a hidden_load.
&lt;b&gt;RASTER&lt;/b&gt;: imagem RGB das edificações; ou &lt;b&gt;DOWNLOAD_IMAGERY&lt;/b&gt; (padrão desligado): baixa imagens CBERS-4A do INPE sobre a extensão das edificações em START–END com download_inpe_imagery a partir de &lt;b&gt;STAC_URL&lt;/b&gt; (vazio = o catálogo do INPE, ou o definido nas configurações do NetLoad). Os pixels de 2 m do CBERS-4A são muito mais grossos que os 0,3 m do modelo incluído: tal execução é apenas uma triagem.
&lt;b&gt;MODEL&lt;/b&gt;: modelo ONNX de telhados (vazio = o modelo incluído); &lt;b&gt;THRESHOLD&lt;/b&gt;: limiar de probabilidade de FV (vazio = o do próprio modelo); &lt;b&gt;SEARCH_DISTANCE&lt;/b&gt;: metros entre um telhado com FV e uma unidade registrada que o explica (padrão 1000).

&lt;b&gt;OUTPUT_GPKG&lt;/b&gt;: o GeoPackage, gravado de forma atômica, com as camadas gd_units, zones (capacidade, geração, carga oculta; estilizada por hidden_load_mwh), gd_generation, ons_load, hidden_load_area, hidden_load_summary, irradiance_points, irradiance_series, e a visão zones_hourly (o polígono de cada zona com sua geração por hora, para o Controlador Temporal); com a etapa dos telhados também rooftops (cada edificação com pv_probability, has_pv, roof_area_m2, pv_kwp_est, classification_status e status declared / undeclared / no_pv / not_classified; estilizada pelo status) e undeclared_pv_zones (pv_roofs, pv_roofs_kw, gd_units, gd_kw, undeclared_kw por zona); com municípios como zonas também gd_by_distributor (a GD cadastrada e sua geração estimada por distribuidora).
&lt;b&gt;REPORT&lt;/b&gt;: PDF opcional (duas páginas A4): o mapa das zonas com a legenda e a comparação com o ONS, o gráfico de carga e as fontes com suas datas; o gráfico também fica como &amp;lt;nome&amp;gt;_chart.png ao lado.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Output GeoPackage</source>
        <translation>GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>PDF report</source>
        <translation>Relatório em PDF</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Comparison with ONS per area</source>
        <translation>Comparação com o ONS por área</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Model and calibration (JSON)</source>
        <translation>Modelo e calibração (JSON)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>States (UF letters)</source>
        <translation>Estados (siglas das UFs)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Zones (instead of the states' municipalities)</source>
        <translation>Zonas (em vez dos municípios dos estados)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Zone id field</source>
        <translation>Campo identificador da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Extent (instead of the states: the states it covers)</source>
        <translation>Extensão (no lugar dos estados: os estados que ela cobre)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Last day (included)</source>
        <translation>Último dia (incluído)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>ANEEL GD registry (URL or file; empty = live)</source>
        <translation>Cadastro de GD da ANEEL (URL ou arquivo; vazio = on-line)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Municipality polygons (file, or URL template with {code})</source>
        <translation>Polígonos dos municípios (arquivo, ou modelo de URL com {code})</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Irradiance source</source>
        <translation>Fonte de irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Irradiance URL or file (empty = live)</source>
        <translation>URL ou arquivo de irradiância (vazio = on-line)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>ONS dataset</source>
        <translation>Conjunto de dados do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>ONS URL or file (empty = live)</source>
        <translation>URL ou arquivo do ONS (vazio = on-line)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Calibration file (empty: the physical model)</source>
        <translation>Arquivo de calibração (vazio: o modelo físico)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Undeclared PV per zone</source>
        <translation>FV não declarada por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Buildings (rooftop step)</source>
        <translation>Edificações (etapa dos telhados)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Imagery of the buildings (RGB)</source>
        <translation>Imagem das edificações (RGB)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Download INPE CBERS imagery instead</source>
        <translation>Baixar imagens CBERS do INPE em vez disso</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>INPE STAC API URL (empty = INPE's catalogue)</source>
        <translation>URL da API STAC do INPE (vazio = o catálogo do INPE)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>ONNX rooftop model (empty: bundled model)</source>
        <translation>Modelo ONNX de telhados (vazio: o modelo incluído)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>PV probability threshold (empty: model's own)</source>
        <translation>Limiar de probabilidade de FV (vazio: o do próprio modelo)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Search distance roof ↔ GD unit (m)</source>
        <translation>Distância de busca telhado ↔ unidade de GD (m)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>ZONES covers no Brazilian municipality: no state to model.</source>
        <translation>ZONES não cobre nenhum município brasileiro: nenhum estado a modelar.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>EXTENT holds no Brazilian municipality: no state to model.</source>
        <translation>EXTENT não contém nenhum município brasileiro: nenhum estado a modelar.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Give STATES, EXTENT or ZONES.</source>
        <translation>Informe STATES, EXTENT ou ZONES.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>RASTER and DOWNLOAD_IMAGERY belong to the rooftop step: give BUILDINGS too.</source>
        <translation>RASTER e DOWNLOAD_IMAGERY pertencem à etapa dos telhados: informe também BUILDINGS.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>Give BUILDINGS (rooftop step) or UNDECLARED_PV (an earlier result), not both.</source>
        <translation>Informe BUILDINGS (etapa dos telhados) ou UNDECLARED_PV (um resultado anterior), não ambos.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/run_pipeline.py"/>
        <source>The rooftop step needs RASTER (imagery of the buildings) or DOWNLOAD_IMAGERY.</source>
        <translation>A etapa dos telhados precisa de RASTER (imagem das edificações) ou DOWNLOAD_IMAGERY.</translation>
    </message>
</context>
<context>
    <name>RunRequest</name>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>ANEEL GD registry</source>
        <translation>Cadastro de GD da ANEEL</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Municipality polygons</source>
        <translation>Polígonos dos municípios</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Irradiance</source>
        <translation>Irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>ONS load</source>
        <translation>Carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Choose at least one state.</source>
        <translation>Escolha pelo menos um estado.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Unknown state code(s): {}</source>
        <translation>Sigla(s) de estado desconhecida(s): {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Choose a polygon layer of zones.</source>
        <translation>Escolha uma camada de polígonos com as zonas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>The map extent is empty.</source>
        <translation>A extensão do mapa está vazia.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>The map extent holds no Brazilian municipality.</source>
        <translation>A extensão do mapa não contém nenhum município brasileiro.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Unknown region mode: {}</source>
        <translation>Modo de região desconhecido: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Choose the start and end dates.</source>
        <translation>Escolha as datas de início e fim.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>The end date is before the start date.</source>
        <translation>A data final é anterior à data inicial.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Local files mode: give a file for {}</source>
        <translation>Modo arquivos locais: informe um arquivo para {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>The rooftop step needs a buildings layer.</source>
        <translation>A etapa de telhados precisa de uma camada de edificações.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>The rooftop step needs an imagery raster layer (or choose INPE imagery).</source>
        <translation>A etapa de telhados precisa de uma camada raster de imagens (ou escolha as imagens do INPE).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Choose the output GeoPackage.</source>
        <translation>Escolha o GeoPackage de saída.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>My own load table: choose a layer or a file.</source>
        <translation>Minha própria tabela de carga: escolha uma camada ou um arquivo.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Load table</source>
        <translation>Tabela de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>the ONS load file (Load: ONS)</source>
        <translation>o arquivo de carga do ONS (Carga: ONS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>time field</source>
        <translation>campo de data e hora</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>load field</source>
        <translation>campo de carga</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>My own load table: choose its {}.</source>
        <translation>Minha própria tabela de carga: escolha seu {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Calibration: the file {} does not exist.</source>
        <translation>Calibração: o arquivo {} não existe.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py"/>
        <source>Calibration: {}</source>
        <translation>Calibração: {}</translation>
    </message>
</context>
<context>
    <name>StoreWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>GeoPackage file (this computer)</source>
        <translation>Arquivo GeoPackage (este computador)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>PostgreSQL store (team), as well</source>
        <translation>Também no banco PostgreSQL (equipe)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>Store</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>Choose a PostgreSQL connection.</source>
        <translation>Escolha uma conexão PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>Last update: none yet (no run in {}).</source>
        <translation>Última atualização: nenhuma ainda (nenhuma execução em {}).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/store_widget.py"/>
        <source>Last update: {time} UTC, run {run} ({algorithm}, {region}, {first} to {last}).</source>
        <translation>Última atualização: {time} UTC, execução {run} ({algorithm}, {region}, {first} a {last}).</translation>
    </message>
</context>
</TS>
