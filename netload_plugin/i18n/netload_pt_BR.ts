<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AggregateGdAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="49"/>
        <source>Aggregate GD capacity per zone</source>
        <translation>Agregar capacidade de GD por zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="52"/>
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
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="80"/>
        <source>GD units</source>
        <translation>Unidades de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="83"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="86"/>
        <source>Zone IBGE code field</source>
        <translation>Campo do código IBGE da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="89"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="89"/>
        <source>By location</source>
        <translation>Por localização</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="89"/>
        <source>By IBGE code</source>
        <translation>Por código IBGE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="91"/>
        <source>Fleet as of date (optional)</source>
        <translation>Parque instalado na data (opcional)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="94"/>
        <source>Capacity field (kW)</source>
        <translation>Campo de potência (kW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="95"/>
        <source>Generation type field</source>
        <translation>Campo do tipo de geração</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="96"/>
        <source>Consumer class field</source>
        <translation>Campo da classe de consumo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="97"/>
        <source>Modality field</source>
        <translation>Campo da modalidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="98"/>
        <source>Connection date field</source>
        <translation>Campo da data de conexão</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="99"/>
        <source>Unit IBGE code field</source>
        <translation>Campo do código IBGE da unidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="104"/>
        <source>Zones with GD capacity</source>
        <translation>Zonas com capacidade de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="107"/>
        <source>GD units outside every zone</source>
        <translation>Unidades de GD fora de todas as zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="110"/>
        <source>Units outside every zone</source>
        <translation>Unidades fora de todas as zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="111"/>
        <source>Units without connection date</source>
        <translation>Unidades sem data de conexão</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="112"/>
        <source>Zone polygons repaired</source>
        <translation>Polígonos de zona reparados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="133"/>
        <source>The IBGE-code method needs ZONE_ID (the zones' IBGE code field).</source>
        <translation>O método por código IBGE precisa de ZONE_ID (o campo com o código IBGE das zonas).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="134"/>
        <source>Reading {} GD units and {} zones…</source>
        <translation>Lendo {} unidades de GD e {} zonas…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="143"/>
        <source>{} invalid zone polygon(s) repaired with makeValid.</source>
        <translation>{} polígono(s) de zona inválido(s) reparado(s) com makeValid.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="145"/>
        <source>{} units in service, {} kW in zones; {} outside every zone; {} without connection date; {} connected after AS_OF; {} with unusable capacity.</source>
        <translation>{} unidades em operação, {} kW nas zonas; {} fora de todas as zonas; {} sem data de conexão; {} conectadas depois de AS_OF; {} com potência inutilizável.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/aggregate_gd.py" line="150"/>
        <source>{} GD unit(s) lie outside every zone.</source>
        <translation>{} unidade(s) de GD fora de todas as zonas.</translation>
    </message>
</context>
<context>
    <name>AlgorithmRunner</name>
    <message>
        <location filename="../../netload_plugin/gui/runner.py" line="78"/>
        <source>Starting {} with {}</source>
        <translation>Iniciando {} com {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/runner.py" line="102"/>
        <source>{} cancelled</source>
        <translation>{} cancelado</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/runner.py" line="105"/>
        <source>{} finished</source>
        <translation>{} concluído</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/runner.py" line="108"/>
        <source>{} failed; see the NetLoad log.</source>
        <translation>{} falhou; veja o log do NetLoad.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="53"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="54"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="57"/>
        <source>Run the pipeline, or pick a hidden-load table, to see its chart.</source>
        <translation>Execute o fluxo, ou escolha uma tabela de carga oculta, para ver o gráfico.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="61"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="62"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="82"/>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="121"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="121"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="126"/>
        <source>Export chart data</source>
        <translation>Exportar dados do gráfico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/chart.py" line="126"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DataWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="15"/>
        <source>ANEEL GD registry</source>
        <translation>Cadastro de GD da ANEEL</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="16"/>
        <source>ANEEL SIGA plants</source>
        <translation>Usinas do SIGA (ANEEL)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="17"/>
        <source>ONS load</source>
        <translation>Carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="18"/>
        <source>Irradiance</source>
        <translation>Irradiância</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="30"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="35"/>
        <source>Download live</source>
        <translation>Baixar agora</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="36"/>
        <source>Reuse the cache (offline)</source>
        <translation>Reusar o cache (offline)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="37"/>
        <source>Local files</source>
        <translation>Arquivos locais</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="40"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="54"/>
        <source>file (required)</source>
        <translation>arquivo (obrigatório)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/data_widget.py" line="54"/>
        <source>default: official source</source>
        <translation>padrão: fonte oficial</translation>
    </message>
</context>
<context>
    <name>DownloadAneelGd</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="48"/>
        <source>Download ANEEL distributed generation (GD) registry</source>
        <translation>Baixar o cadastro de geração distribuída (GD) da ANEEL</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="51"/>
        <source>Downloads ANEEL's registry of micro and mini distributed generation units (about 4 million rows) and writes them as points in SIRGAS 2000 (EPSG:4674). The file is streamed and cleaned in chunks; it is never held whole in memory.

&lt;b&gt;Parameters&lt;/b&gt;
URL: the registry CSV or ZIP (default: ANEEL's open-data resource); an http(s) URL, a local path or a file:// URL. Downloads are cached and resumed.
STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all of Brazil.
GENERATION_TYPES: optional comma-separated SigTipoGeracao codes (UFV solar, UTE thermal, CGH hydro, EOL wind); empty = all.
MAX_DISTANCE_KM: a unit farther than this from its municipality's centroid (default 50 km), or outside Brazil, is placed at the centroid.
REFRESH: download again even if a validated copy is cached.
OUTPUT: the point layer (GeoPackage written by a fast bulk writer with its spatial index; other formats are converted from it).
REJECTED: optional table of the rows that could not be used, with line_number (physical line in the file) and reason.

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
REJECTED: tabela opcional das linhas que não puderam ser usadas, com line_number (linha física no arquivo) e reason.

&lt;b&gt;Campos de saída&lt;/b&gt;
unit_id (CodEmpreendimento), uf, ibge_code (7 dígitos; códigos de 6 dígitos completados com o dígito verificador do IBGE), municipality, consumer_class, modality, generation_type, source, size_class, capacity_kw (potência instalada dos inversores, kW), connected_on (data, de DthAtualizaCadastralEmpreend; sentinelas de 1900 viram NULL), distributor, substation, geom_source (registry; repaired_decimal: a vírgula decimal perdida foi restaurada; municipality_centroid).

Linhas duplicadas idênticas são descartadas e contadas. Nomes de titulares, CPF/CNPJ e CEPs nunca são lidos para nenhuma saída. O log termina com um resumo das linhas lidas, mantidas, reparadas e rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="79"/>
        <source>Registry URL or file (.csv or .zip)</source>
        <translation>URL ou arquivo do cadastro (.csv ou .zip)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="81"/>
        <source>States (UF letters, comma-separated; empty = all)</source>
        <translation>Estados (siglas das UFs separadas por vírgula; vazio = todos)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="83"/>
        <source>Generation types (UFV, UTE, CGH, EOL; empty = all)</source>
        <translation>Tipos de geração (UFV, UTE, CGH, EOL; vazio = todos)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="85"/>
        <source>Maximum distance from the municipality (km)</source>
        <translation>Distância máxima do município (km)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="88"/>
        <source>Download again (ignore the cache)</source>
        <translation>Baixar de novo (ignorar o cache)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="91"/>
        <source>GD units</source>
        <translation>Unidades de GD</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_gd.py" line="93"/>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
</context>
<context>
    <name>DownloadAneelSiga</name>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py" line="44"/>
        <source>Download ANEEL SIGA generation plants</source>
        <translation>Baixar usinas de geração do SIGA (ANEEL)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py" line="47"/>
        <source>Downloads ANEEL's SIGA table of generation plants (about 25,000 rows) and writes them as points in SIRGAS 2000 (EPSG:4674).

&lt;b&gt;Parameters&lt;/b&gt;
URL: the SIGA CSV or a ZIP holding it (default: ANEEL's monthly open-data resource); http(s), local path or file:// URL.
STATES: optional comma-separated state letters (e.g. PR,SC,RS); empty = all.
REFRESH: download again even if a validated copy is cached.
OUTPUT: the point layer (GeoPackage by default).
REJECTED: optional table of unusable rows with line_number and reason.

&lt;b&gt;Output fields&lt;/b&gt;
ceg (CodCEG), name (HTML-entity damage such as J&amp;amp;amp-F repaired), uf, generation_type (UHE, PCH, CGH, UTE, EOL, UFV, UTN…), phase, fuel_source, capacity_kw (granted capacity, kW), started_on (date of commercial operation; 1900 sentinels are NULL), municipalities (ANEEL's text, possibly several), geom_source (registry or municipality_centroid).

Rows repeating a CEG (they differ only in the grant type) are kept once and counted.</source>
        <translation>Baixa a tabela de usinas de geração do SIGA da ANEEL (cerca de 25.000 linhas) e grava as usinas como pontos em SIRGAS 2000 (EPSG:4674).

&lt;b&gt;Parâmetros&lt;/b&gt;
URL: o CSV do SIGA ou um ZIP que o contenha (padrão: o recurso mensal de dados abertos da ANEEL); http(s), caminho local ou URL file://.
STATES: siglas de estados opcionais, separadas por vírgula (ex.: PR,SC,RS); vazio = todos.
REFRESH: baixar de novo mesmo que exista uma cópia validada no cache.
OUTPUT: a camada de pontos (GeoPackage por padrão).
REJECTED: tabela opcional das linhas inutilizáveis, com line_number e reason.

&lt;b&gt;Campos de saída&lt;/b&gt;
ceg (CodCEG), name (danos de entidades HTML como J&amp;amp;amp-F reparados), uf, generation_type (UHE, PCH, CGH, UTE, EOL, UFV, UTN…), phase, fuel_source, capacity_kw (potência outorgada, kW), started_on (data de entrada em operação comercial; sentinelas de 1900 viram NULL), municipalities (texto da ANEEL, possivelmente com vários municípios), geom_source (registry ou municipality_centroid).

Linhas que repetem um CEG (diferem só no tipo de outorga) são mantidas uma vez e contadas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py" line="66"/>
        <source>SIGA URL or file (.csv or .zip)</source>
        <translation>URL ou arquivo do SIGA (.csv ou .zip)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py" line="68"/>
        <source>States (UF letters, comma-separated; empty = all)</source>
        <translation>Estados (siglas das UFs separadas por vírgula; vazio = todos)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py" line="70"/>
        <source>Download again (ignore the cache)</source>
        <translation>Baixar de novo (ignorar o cache)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py" line="73"/>
        <source>SIGA plants</source>
        <translation>Usinas do SIGA</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/algorithms/download_aneel_siga.py" line="75"/>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
</context>
<context>
    <name>NetLoadAlgorithm</name>
    <message>
        <location filename="../../netload_plugin/processing/base.py" line="20"/>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py" line="21"/>
        <source>Hidden load model</source>
        <translation>Modelo de carga oculta</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py" line="22"/>
        <source>Rooftop PV</source>
        <translation>FV em telhados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/processing/base.py" line="23"/>
        <source>Workflow</source>
        <translation>Fluxo de trabalho</translation>
    </message>
</context>
<context>
    <name>NetLoadChart</name>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="27"/>
        <source>Real load</source>
        <translation>Carga real</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="28"/>
        <source>Net load (ONS)</source>
        <translation>Carga líquida (ONS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="29"/>
        <source>Registered GD</source>
        <translation>GD cadastrada</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="30"/>
        <source>Undeclared PV (suspected)</source>
        <translation>FV não declarada (suspeita)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="31"/>
        <source>ONS MMGD</source>
        <translation>MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="36"/>
        <source>Bias (MW)</source>
        <translation>Viés (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="37"/>
        <source>nMAE (daylight)</source>
        <translation>nMAE (horas de sol)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="38"/>
        <source>Correlation</source>
        <translation>Correlação</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="39"/>
        <source>Energy ratio</source>
        <translation>Razão de energia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="40"/>
        <source>Capacity factor</source>
        <translation>Fator de capacidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="41"/>
        <source>Intervals compared</source>
        <translation>Intervalos comparados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="218"/>
        <source>Registered GD estimate compared with ONS MMGD (nMAE over daylight hours).</source>
        <translation>Estimativa da GD cadastrada comparada com a MMGD do ONS (nMAE nas horas de sol).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="226"/>
        <source>No data for this area.</source>
        <translation>Sem dados para esta área.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="231"/>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="247"/>
        <source>{}: load and generation over time (UTC)</source>
        <translation>{}: carga e geração ao longo do tempo (UTC)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="248"/>
        <source>Daily profile (mean by hour, Brasília time)</source>
        <translation>Perfil diário (média por hora, horário de Brasília)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="249"/>
        <source>Registered GD vs ONS MMGD</source>
        <translation>GD cadastrada × MMGD do ONS</translation>
    </message>
</context>
<context>
    <name>NetLoadDock</name>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="60"/>
        <location filename="../../netload_plugin/gui/dock.py" line="264"/>
        <location filename="../../netload_plugin/gui/dock.py" line="276"/>
        <source>NetLoad</source>
        <translation>NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="63"/>
        <location filename="../../netload_plugin/gui/dock.py" line="121"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="65"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="74"/>
        <source>Hidden load = registered distributed generation + undeclared rooftop PV.
Real load = ONS net load + hidden load.</source>
        <translation>Carga oculta = geração distribuída cadastrada + FV em telhados não declarada.
Carga real = carga líquida do ONS + carga oculta.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="102"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="106"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="107"/>
        <source>default: a new file in the temporary folder</source>
        <translation>padrão: um arquivo novo na pasta temporária</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="108"/>
        <source>Also write a PDF report beside it</source>
        <translation>Gerar também um relatório PDF ao lado</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="110"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="124"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="127"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="214"/>
        <location filename="../../netload_plugin/gui/dock.py" line="228"/>
        <source>Cannot run</source>
        <translation>Não é possível executar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="228"/>
        <source>The algorithm {} is not available; is the NetLoad provider enabled?</source>
        <translation>O algoritmo {} não está disponível; o provedor NetLoad está ativado?</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="231"/>
        <source>Starting {}…</source>
        <translation>Iniciando {}…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="235"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="257"/>
        <source>The run finished but its outputs could not be loaded: {}</source>
        <translation>A execução terminou, mas as saídas não puderam ser carregadas: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="260"/>
        <source>Done: {} layers in “{}”.</source>
        <translation>Concluído: {} camadas em “{}”.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="264"/>
        <source>Run finished: {}</source>
        <translation>Execução concluída: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="270"/>
        <source>Failed: {}</source>
        <translation>Falhou: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="271"/>
        <source>NetLoad run failed</source>
        <translation>A execução do NetLoad falhou</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="271"/>
        <source>(details in the NetLoad log)</source>
        <translation>(detalhes no log do NetLoad)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="275"/>
        <source>Cancelled; earlier outputs were left as they were.</source>
        <translation>Cancelado; as saídas anteriores foram mantidas como estavam.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="276"/>
        <source>Run cancelled.</source>
        <translation>Execução cancelada.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/plugin.py" line="54"/>
        <source>NetLoad panel</source>
        <translation>Painel NetLoad</translation>
    </message>
</context>
<context>
    <name>NetLoadProvider</name>
    <message>
        <location filename="../../netload_plugin/processing/provider.py" line="32"/>
        <source>NetLoad — hidden load on Brazil's grid</source>
        <translation>NetLoad — carga oculta na rede brasileira</translation>
    </message>
</context>
<context>
    <name>NetLoadReport</name>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="118"/>
        <source>Hidden load = registered GD + undeclared PV; real load = ONS net load + hidden load. Generated {}.</source>
        <translation>Carga oculta = GD cadastrada + FV não declarada; carga real = carga líquida do ONS + carga oculta. Gerado em {}.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="135"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="142"/>
        <source>Registered GD vs ONS MMGD</source>
        <translation>GD cadastrada × MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="143"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="143"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="146"/>
        <source>Load and generation over time</source>
        <translation>Carga e geração ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="154"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="156"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="156"/>
        <source>URL or file</source>
        <translation>URL ou arquivo</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/report.py" line="156"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>NetLoadSettings</name>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="20"/>
        <source>Download cache folder</source>
        <translation>Pasta do cache de downloads</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="21"/>
        <source>Extra CA bundle (PEM)</source>
        <translation>Certificados de CA adicionais (PEM)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="24"/>
        <source>ANEEL GD registry</source>
        <translation>Cadastro de GD da ANEEL</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="26"/>
        <source>ANEEL SIGA plants</source>
        <translation>Usinas do SIGA (ANEEL)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="28"/>
        <source>ONS load API (carga verificada)</source>
        <translation>API de carga do ONS (carga verificada)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="29"/>
        <source>ONS load curve CSV</source>
        <translation>CSV da curva de carga do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="31"/>
        <source>INPE LABREN solar atlas</source>
        <translation>Atlas solar do LABREN/INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="33"/>
        <source>INMET station archive</source>
        <translation>Arquivo das estações do INMET</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="34"/>
        <source>NASA POWER API</source>
        <translation>API NASA POWER</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="35"/>
        <source>INPE STAC catalogue</source>
        <translation>Catálogo STAC do INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="38"/>
        <source>Module tilt</source>
        <translation>Inclinação dos módulos</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="39"/>
        <source>Module azimuth (0 = north)</source>
        <translation>Azimute dos módulos (0 = norte)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="40"/>
        <source>DC/AC ratio</source>
        <translation>Razão CC/CA</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="41"/>
        <source>System losses</source>
        <translation>Perdas do sistema</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="72"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="73"/>
        <source>Source URLs (empty: the official endpoint)</source>
        <translation>URLs das fontes (vazio: o endereço oficial)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="74"/>
        <source>Default PV system (registered GD estimate)</source>
        <translation>Sistema FV padrão (estimativa da GD cadastrada)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/settings_page.py" line="84"/>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>PeriodWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py" line="20"/>
        <source>Period (UTC days, both included)</source>
        <translation>Período (dias em UTC, ambos incluídos)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py" line="28"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py" line="29"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/period_widget.py" line="44"/>
        <source>The end date is before the start date.</source>
        <translation>A data final é anterior à data inicial.</translation>
    </message>
</context>
<context>
    <name>RegionWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="34"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="37"/>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="38"/>
        <source>Zone layer</source>
        <translation>Camada de zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="39"/>
        <source>Map extent</source>
        <translation>Extensão do mapa</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="69"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="90"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="92"/>
        <source>Zone id field</source>
        <translation>Campo identificador da zona</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="100"/>
        <source>Use current map extent</source>
        <translation>Usar a extensão atual do mapa</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/region_widget.py" line="154"/>
        <source>No extent yet.</source>
        <translation>Nenhuma extensão ainda.</translation>
    </message>
</context>
<context>
    <name>RooftopWidget</name>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="19"/>
        <source>Find undeclared rooftop PV (optional)</source>
        <translation>Procurar FV em telhados não declarada (opcional)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="30"/>
        <source>Raster layer from the project</source>
        <translation>Camada raster do projeto</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="31"/>
        <source>Download INPE CBERS imagery</source>
        <translation>Baixar imagens CBERS do INPE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="38"/>
        <source>ONNX model (*.onnx)</source>
        <translation>Modelo ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="39"/>
        <source>default: the bundled model</source>
        <translation>padrão: o modelo incluído no plugin</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="41"/>
        <source>Buildings</source>
        <translation>Edificações</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="42"/>
        <source>Imagery</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="43"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/rooftop_widget.py" line="44"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>RunRequest</name>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="83"/>
        <source>Choose at least one state.</source>
        <translation>Escolha pelo menos um estado.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="85"/>
        <source>Unknown state code(s): {}</source>
        <translation>Sigla(s) de estado desconhecida(s): {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="88"/>
        <source>Choose a polygon layer of zones.</source>
        <translation>Escolha uma camada de polígonos com as zonas.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="91"/>
        <source>The map extent is empty.</source>
        <translation>A extensão do mapa está vazia.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="93"/>
        <source>Unknown region mode: {}</source>
        <translation>Modo de região desconhecido: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="95"/>
        <source>Choose the start and end dates.</source>
        <translation>Escolha as datas de início e fim.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="97"/>
        <source>The end date is before the start date.</source>
        <translation>A data final é anterior à data inicial.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="101"/>
        <source>Local files mode: give a file for {}</source>
        <translation>Modo arquivos locais: informe um arquivo para {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="104"/>
        <source>The rooftop step needs a buildings layer.</source>
        <translation>A etapa de telhados precisa de uma camada de edificações.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="106"/>
        <source>The rooftop step needs an imagery raster layer (or choose INPE imagery).</source>
        <translation>A etapa de telhados precisa de uma camada raster de imagens (ou escolha as imagens do INPE).</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/run_request.py" line="108"/>
        <source>Choose the output GeoPackage.</source>
        <translation>Escolha o GeoPackage de saída.</translation>
    </message>
</context>
</TS>
