"""The API's resources, one module per concern, as DRF serializers.

Their declarations are also the OpenAPI document's schemas (drf-spectacular
reads them), so what is documented is what is sent. Each names its fields
explicitly: a field added to a model never reaches the API by accident.
"""
