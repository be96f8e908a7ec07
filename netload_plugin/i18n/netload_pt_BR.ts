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
        <source>Click a zone of the last run on the map to see its own curve: its registered GD and undeclared PV, and its net and real load when your load table is measured per zone</source>
        <translation>Clique numa zona da última execução no mapa para ver a curva dela: a sua GD cadastrada e a FV não declarada, e a sua carga líquida e real quando a sua tabela de carga é medida por zona</translation>
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
        <source>Start date (YYYY-MM-DD; empty = a year before END)</source>
        <translation>Data inicial (AAAA-MM-DD; vazio = um ano antes de END)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_inpe_imagery.py"/>
        <source>End date (YYYY-MM-DD; empty = today)</source>
        <translation>Data final (AAAA-MM-DD; vazio = hoje)</translation>
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
        <source>{}: registered GD and undeclared PV over time, no load of its own ({})</source>
        <translation>{}: GD cadastrada e FV não declarada ao longo do tempo, sem carga própria ({})</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py"/>
        <source>{}: registered GD over time, no load of its own ({})</source>
        <translation>{}: GD cadastrada ao longo do tempo, sem carga própria ({})</translation>
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
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, solar PV (kW)</source>
        <translation>Potência de GD, solar FV (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, thermal (kW)</source>
        <translation>Potência de GD, térmica (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, small hydro (kW)</source>
        <translation>Potência de GD, hidrelétrica (CGH) (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, wind (kW)</source>
        <translation>Potência de GD, eólica (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, other type (kW)</source>
        <translation>Potência de GD, outro tipo (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, residential (kW)</source>
        <translation>Potência de GD, residencial (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, commercial (kW)</source>
        <translation>Potência de GD, comercial (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, rural (kW)</source>
        <translation>Potência de GD, rural (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, industrial (kW)</source>
        <translation>Potência de GD, industrial (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, public authority (kW)</source>
        <translation>Potência de GD, poder público (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, public service (kW)</source>
        <translation>Potência de GD, serviço público (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, public lighting (kW)</source>
        <translation>Potência de GD, iluminação pública (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, other class (kW)</source>
        <translation>Potência de GD, outra classe (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, generated on site (kW)</source>
        <translation>Potência de GD, geração na própria UC (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, remote self-consumption (kW)</source>
        <translation>Potência de GD, autoconsumo remoto (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, shared generation (kW)</source>
        <translation>Potência de GD, geração compartilhada (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, multiple consumer units (kW)</source>
        <translation>Potência de GD, múltiplas UCs (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/field_aliases.py"/>
        <source>GD capacity, other modality (kW)</source>
        <translation>Potência de GD, outra modalidade (kW)</translation>
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
        <source>Load table (as used, UTC)</source>
        <translation>Tabela de carga (como usada, UTC)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/results.py"/>
        <source>Load table rows rejected</source>
        <translation>Linhas rejeitadas da tabela de carga</translation>
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
    <name>NetLoadZoneGeneration</name>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>{} of {} ({} %)</source>
        <translation>{} de {} ({} %)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>{} ({}): {} {} came from farther cells or stations because the usual ones had no value then</source>
        <translation>{} ({}): {} {} vieram de células ou estações mais distantes porque as habituais não tinham valor no momento</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>no irradiance station or cell has a value in the period: does the irradiance file cover these days?</source>
        <translation>nenhuma estação ou célula de irradiância tem valor no período: o arquivo de irradiância cobre esses dias?</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>LABREN climatology: nearest atlas cell at {} km at most</source>
        <translation>Climatologia LABREN: célula do atlas mais próxima a no máximo {} km</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>LABREN climatology</source>
        <translation>Climatologia LABREN</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>zone-months</source>
        <translation>zona-meses</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>{} station(s) without data in the period ignored</source>
        <translation>{} estação(ões) sem dados no período ignorada(s)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>daily totals ({}): nearest cell at {} km at most</source>
        <translation>totais diários ({}): célula mais próxima a no máximo {} km</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>daily totals</source>
        <translation>totais diários</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>zone-days</source>
        <translation>zona-dias</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>air temperature: {} zone-intervals without a reading within {} km took {} °C</source>
        <translation>temperatura do ar: {} intervalos de zona sem leitura num raio de {} km usaram {} °C</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>{} zone(s) have no station within {} km: their generation is NULL</source>
        <translation>{} zona(s) sem estação num raio de {} km: a geração delas é NULL</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>measured series ({}): {} zone-intervals came from farther stations because the usual ones had no value then</source>
        <translation>séries medidas ({}): {} intervalos de zona vieram de estações mais distantes porque as habituais não tinham valor no momento</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/core/zone_generation.py"/>
        <source>{} daylight zone-intervals had no irradiance value (no station or cell had one): their generation is NULL</source>
        <translation>{} intervalos diurnos de zona sem valor de irradiância (nenhuma estação ou célula tinha): a geração deles é NULL</translation>
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
