<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <renderer-v2 radius_unit="0" quality="3" weight_expression="&quot;capacity_kw&quot;" referencescale="-1" enableorderby="0" type="heatmapRenderer" radius="8" forceraster="0" radius_map_unit_scale="3x:0,0,0,0,0,0" max_value="0" symbollevels="0">
    <colorramp name="[source]" type="gradient">
      <Option type="Map">
        <Option name="color1" value="255,255,178,0" type="QString"/>
        <Option name="color2" value="189,0,38,255" type="QString"/>
        <Option name="discrete" value="0" type="QString"/>
        <Option name="rampType" value="gradient" type="QString"/>
      </Option>
      <prop v="255,255,178,0" k="color1"/>
      <prop v="189,0,38,255" k="color2"/>
      <prop v="0" k="discrete"/>
      <prop v="gradient" k="rampType"/>
    </colorramp>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>0</layerGeometryType>
</qgis>
