<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <renderer-v2 toleranceUnit="MM" tolerance="6" toleranceUnitScale="3x:0,0,0,0,0,0" referencescale="-1" enableorderby="0" type="pointCluster" forceraster="0" symbollevels="0">
    <renderer-v2 referencescale="-1" enableorderby="0" type="singleSymbol" forceraster="0" symbollevels="0">
      <symbols>
        <symbol name="0" force_rhr="0" type="marker" clip_to_extent="1" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="244,163,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="107,74,0,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="244,163,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="107,74,0,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
      <rotation/>
      <sizescale/>
    </renderer-v2>
    <symbol name="centerSymbol" force_rhr="0" type="marker" clip_to_extent="1" alpha="1">
      <data_defined_properties>
        <Option type="Map">
          <Option name="name" value="" type="QString"/>
          <Option name="properties"/>
          <Option name="type" value="collection" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
        <Option type="Map">
          <Option name="angle" value="0" type="QString"/>
          <Option name="cap_style" value="square" type="QString"/>
          <Option name="color" value="245,75,80,255" type="QString"/>
          <Option name="horizontal_anchor_point" value="1" type="QString"/>
          <Option name="joinstyle" value="bevel" type="QString"/>
          <Option name="name" value="circle" type="QString"/>
          <Option name="offset" value="0,0" type="QString"/>
          <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offset_unit" value="MM" type="QString"/>
          <Option name="outline_color" value="35,35,35,255" type="QString"/>
          <Option name="outline_style" value="solid" type="QString"/>
          <Option name="outline_width" value="0" type="QString"/>
          <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="outline_width_unit" value="MM" type="QString"/>
          <Option name="scale_method" value="diameter" type="QString"/>
          <Option name="size" value="4" type="QString"/>
          <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="size_unit" value="MM" type="QString"/>
          <Option name="vertical_anchor_point" value="1" type="QString"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="square" k="cap_style"/>
        <prop v="245,75,80,255" k="color"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="bevel" k="joinstyle"/>
        <prop v="circle" k="name"/>
        <prop v="0,0" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="35,35,35,255" k="outline_color"/>
        <prop v="solid" k="outline_style"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="diameter" k="scale_method"/>
        <prop v="4" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer enabled="1" class="FontMarker" pass="0" locked="0">
        <Option type="Map">
          <Option name="angle" value="0" type="QString"/>
          <Option name="chr" value="A" type="QString"/>
          <Option name="color" value="255,255,255,255" type="QString"/>
          <Option name="font" value="DejaVu Sans" type="QString"/>
          <Option name="font_style" value="" type="QString"/>
          <Option name="horizontal_anchor_point" value="1" type="QString"/>
          <Option name="joinstyle" value="miter" type="QString"/>
          <Option name="offset" value="0,-0.40000000000000002" type="QString"/>
          <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offset_unit" value="MM" type="QString"/>
          <Option name="outline_color" value="255,255,255,255" type="QString"/>
          <Option name="outline_width" value="0" type="QString"/>
          <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="outline_width_unit" value="MM" type="QString"/>
          <Option name="size" value="3.2" type="QString"/>
          <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="size_unit" value="MM" type="QString"/>
          <Option name="vertical_anchor_point" value="1" type="QString"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="A" k="chr"/>
        <prop v="255,255,255,255" k="color"/>
        <prop v="DejaVu Sans" k="font"/>
        <prop v="" k="font_style"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="miter" k="joinstyle"/>
        <prop v="0,-0.40000000000000002" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="255,255,255,255" k="outline_color"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="3.2" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="char" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="@cluster_size" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
            </Option>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>0</layerGeometryType>
</qgis>
