<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <location filename="../../netload_plugin/geo/chart.py" line="25"/>
        <source>Real load</source>
        <translation>Carga real</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="26"/>
        <source>Net load (ONS)</source>
        <translation>Carga líquida (ONS)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="27"/>
        <source>Registered GD</source>
        <translation>GD cadastrada</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="28"/>
        <source>Undeclared PV (suspected)</source>
        <translation>FV não declarada (suspeita)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="29"/>
        <source>ONS MMGD</source>
        <translation>MMGD do ONS</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="34"/>
        <source>Bias (MW)</source>
        <translation>Viés (MW)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="35"/>
        <source>nMAE</source>
        <translation>nMAE</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="36"/>
        <source>Correlation</source>
        <translation>Correlação</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="37"/>
        <source>Energy ratio</source>
        <translation>Razão de energia</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="38"/>
        <source>Capacity factor</source>
        <translation>Fator de capacidade</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="39"/>
        <source>Intervals compared</source>
        <translation>Intervalos comparados</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="213"/>
        <source>Estimate = registered GD + undeclared PV, compared with ONS MMGD.</source>
        <translation>Estimativa = GD cadastrada + FV não declarada, comparada com a MMGD do ONS.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="221"/>
        <source>No data for this area.</source>
        <translation>Sem dados para esta área.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="226"/>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="242"/>
        <source>{}: load and generation over time (UTC)</source>
        <translation>{}: carga e geração ao longo do tempo (UTC)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="243"/>
        <source>Daily profile (mean by hour, Brasília time)</source>
        <translation>Perfil diário (média por hora, horário de Brasília)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/geo/chart.py" line="244"/>
        <source>Estimate vs ONS MMGD</source>
        <translation>Estimativa × MMGD do ONS</translation>
    </message>
</context>
<context>
    <name>NetLoadDock</name>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="58"/>
        <location filename="../../netload_plugin/gui/dock.py" line="231"/>
        <location filename="../../netload_plugin/gui/dock.py" line="243"/>
        <source>NetLoad</source>
        <translation>NetLoad</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="61"/>
        <location filename="../../netload_plugin/gui/dock.py" line="118"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="63"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="71"/>
        <source>Hidden load = registered distributed generation + undeclared rooftop PV.
Real load = ONS net load + hidden load.</source>
        <translation>Carga oculta = geração distribuída cadastrada + FV em telhados não declarada.
Carga real = carga líquida do ONS + carga oculta.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="99"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="103"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="104"/>
        <source>default: a new file in the temporary folder</source>
        <translation>padrão: um arquivo novo na pasta temporária</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="105"/>
        <source>Also write a PDF report beside it</source>
        <translation>Gerar também um relatório PDF ao lado</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="107"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="124"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="182"/>
        <location filename="../../netload_plugin/gui/dock.py" line="195"/>
        <source>Cannot run</source>
        <translation>Não é possível executar</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="195"/>
        <source>The algorithm {} is not available; is the NetLoad provider enabled?</source>
        <translation>O algoritmo {} não está disponível; o provedor NetLoad está ativado?</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="198"/>
        <source>Starting {}…</source>
        <translation>Iniciando {}…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="202"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="224"/>
        <source>The run finished but its outputs could not be loaded: {}</source>
        <translation>A execução terminou, mas as saídas não puderam ser carregadas: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="227"/>
        <source>Done: {} layers in “{}”.</source>
        <translation>Concluído: {} camadas em “{}”.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="231"/>
        <source>Run finished: {}</source>
        <translation>Execução concluída: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="237"/>
        <source>Failed: {}</source>
        <translation>Falhou: {}</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="238"/>
        <source>NetLoad run failed</source>
        <translation>A execução do NetLoad falhou</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="238"/>
        <source>(details in the NetLoad log)</source>
        <translation>(detalhes no log do NetLoad)</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="242"/>
        <source>Cancelled; earlier outputs were left as they were.</source>
        <translation>Cancelado; as saídas anteriores foram mantidas como estavam.</translation>
    </message>
    <message>
        <location filename="../../netload_plugin/gui/dock.py" line="243"/>
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
        <location filename="../../netload_plugin/processing/provider.py" line="28"/>
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
        <source>Estimate vs ONS MMGD</source>
        <translation>Estimativa × MMGD do ONS</translation>
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
