/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CustomerActivities($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      activities(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            detail\n            createdAt\n            shopUser {\n              id\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CustomerActivitiesDocument,
    "\n  query StaffMembers {\n    viewer {\n      staff {\n        id\n      }\n    }\n    staffMembers {\n      id\n      name\n      email\n      role\n      language\n      active\n      lastSignInAt\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  mutation StaffCreate($input: StaffCreateInput!) {\n    staffCreate(input: $input) {\n      staff {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StaffCreateDocument,
    "\n  mutation StaffUpdate($input: StaffUpdateInput!) {\n    staffUpdate(input: $input) {\n      staff {\n        id\n        name\n        role\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StaffUpdateDocument,
    "\n  query StoreSettings {\n    viewer {\n      staff {\n        role\n      }\n    }\n    storeSettings {\n      storeName\n      autoApproveBuyers\n      showStock\n      reusePreviousShippingCost\n      selfRegistrationEnabled\n      showAccessRequestButton\n      pendingApprovalRecipients\n    }\n  }\n": typeof types.StoreSettingsDocument,
    "\n  mutation StoreSettingsUpdate($input: StoreSettingsUpdateInput!) {\n    storeSettingsUpdate(input: $input) {\n      storeSettings {\n        storeName\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreSettingsUpdateDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      apiToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiTokenCreateDocument,
    "\n  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) {\n      apiToken {\n        id\n        name\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiTokenRevokeDocument,
    "\n  query AuditEntries($filter: AuditEntriesFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    staffMembers {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  fragment AuditEntryFields on AuditEvent {\n    id\n    action\n    createdAt\n    actorName\n    byApiToken\n    targetType\n    targetId\n    targetLabel\n    customer {\n      id\n      name\n      customerNumber\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query CustomerAudit($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      auditEvents(first: $first, after: $after) {\n        edges {\n          node {\n            ...AuditEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CustomerAuditDocument,
    "\n  query OrderAudit($id: ID!, $first: Int!, $after: String) {\n    order(id: $id) {\n      id\n      auditEvents(first: $first, after: $after) {\n        edges {\n          node {\n            ...AuditEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OrderAuditDocument,
    "\n  query Root {\n    viewer {\n      kind\n      language\n    }\n    storeSettings {\n      storeName\n    }\n  }\n": typeof types.RootDocument,
    "\n  query StoreShell {\n    viewer {\n      kind\n      language\n      mustChangePassword\n      storeAccessStatus\n      viewingAsClient\n      shopUser {\n        email\n        mustChangePassword\n      }\n      customer {\n        id\n        name\n        privateMessage\n        status\n        exclusionReason\n      }\n    }\n    storeSettings {\n      storeName\n      showStock\n    }\n  }\n": typeof types.StoreShellDocument,
    "\n  query HubShell {\n    viewer {\n      kind\n      viewingAsClient\n      staff {\n        name\n        email\n        role\n      }\n      customer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HubShellDocument,
    "\n  mutation ShopUserSignIn($input: SignInInput!) {\n    shopUserSignIn(input: $input) {\n      shopUser {\n        email\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopUserSignInDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    staffSignIn(input: $input) {\n      staff {\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StaffSignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {\n    shopUserPasswordChange(input: $input) {\n      shopUser {\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopUserPasswordChangeDocument,
    "\n  query SignInOptions {\n    viewer {\n      kind\n      mustChangePassword\n      viewingAsClient\n    }\n    storeSettings {\n      storeName\n      selfRegistrationEnabled\n      showAccessRequestButton\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation ViewerLanguageSet($input: ViewerLanguageSetInput!) {\n    viewerLanguageSet(input: $input) {\n      language\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ViewerLanguageSetDocument,
    "\n  mutation ShopUserPasswordResetRequest($input: ShopUserPasswordResetRequestInput!) {\n    shopUserPasswordResetRequest(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopUserPasswordResetRequestDocument,
    "\n  mutation ShopUserPasswordResetComplete($input: ShopUserPasswordResetCompleteInput!) {\n    shopUserPasswordResetComplete(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopUserPasswordResetCompleteDocument,
    "\n  mutation ViewAsClientStart($input: ViewAsClientStartInput!) {\n    viewAsClientStart(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ViewAsClientStartDocument,
    "\n  mutation ViewAsClientStop {\n    viewAsClientStop {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ViewAsClientStopDocument,
    "\n  query HubCatalogProducts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $query: String\n    $brandIds: [ID!]\n    $seasonIds: [ID!]\n    $tagIds: [ID!]\n    $manufacturerIds: [ID!]\n    $active: Boolean\n  ) {\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      query: $query\n      brandIds: $brandIds\n      seasonIds: $seasonIds\n      tagIds: $tagIds\n      manufacturerIds: $manufacturerIds\n      active: $active\n      sort: NAME_ASC\n    ) {\n      edges {\n        node {\n          id\n          reference\n          name\n          active\n          brand {\n            name\n          }\n          season {\n            name\n          }\n          price {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n": typeof types.HubCatalogProductsDocument,
    "\n  query ManagedLists {\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n": typeof types.ManagedListsDocument,
    "\n  mutation BrandCreate($input: BrandCreateInput!) {\n    brandCreate(input: $input) {\n      brand {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BrandCreateDocument,
    "\n  mutation BrandUpdate($input: BrandUpdateInput!) {\n    brandUpdate(input: $input) {\n      brand {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BrandUpdateDocument,
    "\n  mutation BrandDelete($input: BrandDeleteInput!) {\n    brandDelete(input: $input) {\n      deletedBrandId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.BrandDeleteDocument,
    "\n  mutation SeasonCreate($input: SeasonCreateInput!) {\n    seasonCreate(input: $input) {\n      season {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SeasonCreateDocument,
    "\n  mutation SeasonUpdate($input: SeasonUpdateInput!) {\n    seasonUpdate(input: $input) {\n      season {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SeasonUpdateDocument,
    "\n  mutation SeasonDelete($input: SeasonDeleteInput!) {\n    seasonDelete(input: $input) {\n      deletedSeasonId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SeasonDeleteDocument,
    "\n  mutation TagCreate($input: TagCreateInput!) {\n    tagCreate(input: $input) {\n      tag {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TagCreateDocument,
    "\n  mutation TagUpdate($input: TagUpdateInput!) {\n    tagUpdate(input: $input) {\n      tag {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TagUpdateDocument,
    "\n  mutation TagDelete($input: TagDeleteInput!) {\n    tagDelete(input: $input) {\n      deletedTagId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.TagDeleteDocument,
    "\n  mutation ManufacturerCreate($input: ManufacturerCreateInput!) {\n    manufacturerCreate(input: $input) {\n      manufacturer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ManufacturerCreateDocument,
    "\n  mutation ManufacturerUpdate($input: ManufacturerUpdateInput!) {\n    manufacturerUpdate(input: $input) {\n      manufacturer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ManufacturerUpdateDocument,
    "\n  mutation ManufacturerDelete($input: ManufacturerDeleteInput!) {\n    manufacturerDelete(input: $input) {\n      deletedManufacturerId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ManufacturerDeleteDocument,
    "\n  query HubPriceLevels {\n    priceLevels {\n      id\n      code\n      name\n      currencyCode\n      isDefault\n    }\n  }\n": typeof types.HubPriceLevelsDocument,
    "\n  mutation HubPriceLevelCreate($input: PriceLevelCreateInput!) {\n    priceLevelCreate(input: $input) {\n      priceLevel {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubPriceLevelCreateDocument,
    "\n  mutation HubPriceLevelUpdate($input: PriceLevelUpdateInput!) {\n    priceLevelUpdate(input: $input) {\n      priceLevel {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubPriceLevelUpdateDocument,
    "\n  query HubStorageLocations {\n    storageLocations {\n      id\n      code\n      name\n      isDefault\n      defaultShippingCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.HubStorageLocationsDocument,
    "\n  mutation HubStorageLocationCreate($input: StorageLocationCreateInput!) {\n    storageLocationCreate(input: $input) {\n      storageLocation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubStorageLocationCreateDocument,
    "\n  mutation HubStorageLocationUpdate($input: StorageLocationUpdateInput!) {\n    storageLocationUpdate(input: $input) {\n      storageLocation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubStorageLocationUpdateDocument,
    "\n  query HubProductLevelsAndLocations {\n    priceLevels {\n      id\n      code\n      name\n      currencyCode\n      isDefault\n    }\n    storageLocations {\n      id\n      code\n      name\n      isDefault\n    }\n  }\n": typeof types.HubProductLevelsAndLocationsDocument,
    "\n  query HubProductGrids($id: ID!) {\n    product(id: $id) {\n      id\n      prices {\n        amount {\n          amount\n        }\n        priceLevel {\n          id\n        }\n      }\n      stockLevels {\n        quantity\n        storageLocation {\n          id\n        }\n      }\n    }\n    priceLevels {\n      id\n    }\n    storageLocations {\n      id\n    }\n  }\n": typeof types.HubProductGridsDocument,
    "\n  mutation HubProductPricesSet($input: ProductPricesSetInput!) {\n    productPricesSet(input: $input) {\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubProductPricesSetDocument,
    "\n  mutation HubStockLevelsSet($input: StockLevelsSetInput!) {\n    stockLevelsSet(input: $input) {\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubStockLevelsSetDocument,
    "\n  mutation HubCatalogImportPreview($input: CatalogImportPreviewInput!) {\n    catalogImportPreview(input: $input) {\n      preview {\n        lineCount\n        createCount\n        updateCount\n        unchangedCount\n        invalidCount\n        priceLevels {\n          code\n          name\n        }\n        storageLocations {\n          code\n          name\n        }\n        errors {\n          line\n          reference\n          column\n          value\n          code\n          message\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubCatalogImportPreviewDocument,
    "\n  mutation HubCatalogImportStart($input: CatalogImportStartInput!) {\n    catalogImportStart(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubCatalogImportStartDocument,
    "\n  query HubExplainCandidates($customerQuery: String, $productQuery: String, $withCustomers: Boolean!, $withProducts: Boolean!) {\n    customers(query: $customerQuery, first: 8) @include(if: $withCustomers) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n        }\n      }\n    }\n    products(query: $productQuery, first: 8) @include(if: $withProducts) {\n      edges {\n        node {\n          id\n          reference\n          barcode\n          name\n        }\n      }\n    }\n  }\n": typeof types.HubExplainCandidatesDocument,
    "\n  query HubExplain($customerId: ID!, $productId: ID!) {\n    productVisibilityExplain(customerId: $customerId, productId: $productId) {\n      visible\n      orderable\n      reasons {\n        rule\n        message\n      }\n    }\n    customer(id: $customerId) {\n      id\n      name\n      customerNumber\n      priceLevel {\n        name\n      }\n    }\n    product(id: $productId) {\n      id\n      reference\n      name\n      prices {\n        priceLevel {\n          id\n          name\n          isDefault\n        }\n        amount {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n": typeof types.HubExplainDocument,
    "\n  fragment StoreProductCard on Product {\n    id\n    name\n    reference\n    barcode\n    unit\n    packSize\n    orderable\n    stock\n    imageUrl\n    price {\n      amount\n      currencyCode\n    }\n    brand {\n      name\n    }\n    tags {\n      name\n    }\n  }\n": typeof types.StoreProductCardFragmentDoc,
    "\n  query StoreCatalog(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $query: String\n    $sort: ProductSort\n    $brandIds: [ID!]\n    $seasonIds: [ID!]\n    $tagIds: [ID!]\n    $manufacturerIds: [ID!]\n  ) {\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      query: $query\n      sort: $sort\n      brandIds: $brandIds\n      seasonIds: $seasonIds\n      tagIds: $tagIds\n      manufacturerIds: $manufacturerIds\n    ) {\n      totalCount\n      edges {\n        node {\n          ...StoreProductCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    productFacets(query: $query, brandIds: $brandIds, seasonIds: $seasonIds, tagIds: $tagIds, manufacturerIds: $manufacturerIds) {\n      brands {\n        id\n        name\n        count\n      }\n      seasons {\n        id\n        name\n        count\n      }\n      tags {\n        id\n        name\n        count\n      }\n      manufacturers {\n        id\n        name\n        count\n      }\n    }\n  }\n": typeof types.StoreCatalogDocument,
    "\n  query StoreProduct($id: ID!) {\n    product(id: $id) {\n      ...StoreProductCard\n      description\n      season {\n        name\n      }\n      manufacturer {\n        name\n      }\n    }\n  }\n": typeof types.StoreProductDocument,
    "\n  query ProductPackSize($id: ID!) {\n    product(id: $id) {\n      id\n      packSize\n    }\n  }\n": typeof types.ProductPackSizeDocument,
    "\n  query Customers(\n    $first: Int!\n    $after: String\n    $query: String\n    $status: CustomerStatus\n    $priceLevelId: ID\n    $language: Language\n    $accessStatus: StoreAccessStatus\n  ) {\n    customers(\n      first: $first\n      after: $after\n      query: $query\n      status: $status\n      priceLevelId: $priceLevelId\n      language: $language\n      accessStatus: $accessStatus\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          customerNumber\n          documentLanguage\n          status\n          accessCount\n          lastAccessAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerSearch($query: String!) {\n    customers(first: 20, query: $query) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n        }\n      }\n    }\n  }\n": typeof types.CustomerSearchDocument,
    "\n  query CustomersById($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Customer {\n        id\n        name\n        customerNumber\n      }\n    }\n  }\n": typeof types.CustomersByIdDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      customerNumber\n      documentLanguage\n      status\n      exclusionReason\n      privateMessage\n      createdAt\n      accessCount\n      pendingAccessCount\n      lastAccessAt\n      priceLevel {\n        id\n        name\n      }\n      storageLocation {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n        email\n        phone\n        position\n      }\n      deliverySites {\n        id\n        name\n        street\n        postalCode\n        city\n        country\n      }\n      visibility {\n        tags {\n          id\n          name\n        }\n        seasons {\n          id\n          name\n        }\n        brands {\n          id\n          name\n        }\n        manufacturers {\n          id\n          name\n        }\n      }\n      emailAccesses {\n        email\n        status\n        phone\n        storeAccess {\n          id\n          grantedAt\n          lastAccessAt\n          language\n        }\n      }\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  query CustomerFormOptions {\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n    storageLocations {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n": typeof types.CustomerFormOptionsDocument,
    "\n  query VisibilityOptions {\n    tags {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    brands {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n": typeof types.VisibilityOptionsDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerCreateDocument,
    "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        id\n        customerNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerUpdateDocument,
    "\n  mutation CustomerExclude($input: CustomerExcludeInput!) {\n    customerExclude(input: $input) {\n      customer {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerExcludeDocument,
    "\n  mutation CustomerExclusionLift($input: CustomerExclusionLiftInput!) {\n    customerExclusionLift(input: $input) {\n      customer {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerExclusionLiftDocument,
    "\n  mutation StoreAccessGrant($input: StoreAccessGrantInput!) {\n    storeAccessGrant(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      whatsAppUrl\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessGrantDocument,
    "\n  mutation StoreAccessRegeneratePassword($input: StoreAccessRegeneratePasswordInput!) {\n    storeAccessRegeneratePassword(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      whatsAppUrl\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessRegeneratePasswordDocument,
    "\n  mutation StoreAccessBlock($input: StoreAccessIdInput!) {\n    storeAccessBlock(input: $input) {\n      storeAccess {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessBlockDocument,
    "\n  mutation StoreAccessUnblock($input: StoreAccessIdInput!) {\n    storeAccessUnblock(input: $input) {\n      storeAccess {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessUnblockDocument,
    "\n  mutation StoreAccessBulkGrant($input: StoreAccessBulkGrantInput!) {\n    storeAccessBulkGrant(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessBulkGrantDocument,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      status\n      total\n      processed\n      succeeded\n      progress\n      interrupted\n      error\n      createdAt\n      finishedAt\n      skipped {\n        id\n        label\n        code\n        message\n      }\n    }\n  }\n": typeof types.TaskDocument,
    "\n  mutation StoreAccessLanguageUpdate($input: StoreAccessLanguageUpdateInput!) {\n    storeAccessLanguageUpdate(input: $input) {\n      storeAccess {\n        id\n        language\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessLanguageUpdateDocument,
    "\n  query OutboxEmails($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OutboxEmailsDocument,
    "\n  query OutboxEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on OutboxEmail {\n        id\n        toAddress\n        subject\n        template\n        language\n        status\n        attempts\n        lastError\n        createdAt\n        processedAt\n        html\n        text\n      }\n    }\n  }\n": typeof types.OutboxEmailDocument,
    "\n  mutation OutboxEmailResend($input: OutboxEmailResendInput!) {\n    outboxEmailResend(input: $input) {\n      outboxEmail {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutboxEmailResendDocument,
    "\n  mutation OutboxEmailsResendFailed {\n    outboxEmailsResendFailed {\n      count\n    }\n  }\n": typeof types.OutboxEmailsResendFailedDocument,
    "\n  query HubBell {\n    hubNotifications {\n      total\n      unreadCount\n    }\n  }\n": typeof types.HubBellDocument,
    "\n  query HubNotifications {\n    hubNotifications {\n      total\n      pendingApprovalCount\n      registrationRequestCount\n      submittedOrderCount\n      unreadCount\n      unreadOrderCount\n      unreadApprovalCount\n      unreadRegistrationCount\n      submittedOrders {\n        id\n        number\n        placedAt\n        total {\n          amount\n          currencyCode\n        }\n        customer {\n          id\n          name\n        }\n      }\n      pendingApprovals {\n        id\n        email\n        grantedAt\n        customer {\n          id\n          name\n        }\n      }\n      registrationRequests {\n        id\n        companyName\n        contactName\n        email\n        createdAt\n      }\n    }\n  }\n": typeof types.HubNotificationsDocument,
    "\n  mutation StoreAccessApprove($input: StoreAccessIdInput!) {\n    storeAccessApprove(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessApproveDocument,
    "\n  mutation HubNotificationsMarkRead($input: HubNotificationsMarkReadInput!) {\n    hubNotificationsMarkRead(input: $input) {\n      hubNotifications {\n        unreadCount\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.HubNotificationsMarkReadDocument,
    "\n  query CartCount {\n    cart {\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n": typeof types.CartCountDocument,
    "\n  query Cart {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n        product {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.CartDocument,
    "\n  query CartSuggestions($query: String!) {\n    products(first: 8, query: $query) {\n      edges {\n        node {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n          price {\n            amount\n            currencyCode\n          }\n        }\n      }\n    }\n  }\n": typeof types.CartSuggestionsDocument,
    "\n  mutation CartLinesImport($input: CartLinesImportInput!) {\n    cartLinesImport(input: $input) {\n      addedProductCount\n      problems {\n        line\n        code\n        reason\n        message\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CartLinesImportDocument,
    "\n  query Checkout {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        product {\n          id\n          name\n          reference\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      deliverySites {\n        id\n        name\n        street\n        postalCode\n        city\n      }\n    }\n  }\n": typeof types.CheckoutDocument,
    "\n  query ShopUserCustomers {\n    shopUserCustomers {\n      id\n      name\n      customerNumber\n    }\n  }\n": typeof types.ShopUserCustomersDocument,
    "\n  mutation ShopUserCustomerSwitch($input: ShopUserCustomerSwitchInput!) {\n    shopUserCustomerSwitch(input: $input) {\n      customer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopUserCustomerSwitchDocument,
    "\n  mutation CartLinesAdd($input: CartLinesAddInput!) {\n    cartLinesAdd(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CartLinesAddDocument,
    "\n  mutation CartLinesUpdate($input: CartLinesUpdateInput!) {\n    cartLinesUpdate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CartLinesUpdateDocument,
    "\n  mutation OrderPlace($input: OrderPlaceInput!) {\n    orderPlace(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderPlaceDocument,
    "\n  query Orders($first: Int!, $after: String, $status: OrderStatus, $search: String) {\n    orders(first: $first, after: $after, status: $status, search: $search) {\n      edges {\n        node {\n          id\n          number\n          externalReference\n          kind\n          placedAt\n          status\n          lineCount\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  fragment OrderDetails on Order {\n    id\n    number\n    kind\n    status\n    placedAt\n    orderDate\n    requestedDeliveryDate\n    purchaseOrderReference\n    externalReference\n    notes\n    placedBy {\n      email\n    }\n    placedOnBehalfBy\n    deliverySite {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n    }\n    documents {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    lines {\n      id\n      reference\n      name\n      quantity\n      unitPrice {\n        amount\n        currencyCode\n      }\n      lineTotal {\n        amount\n        currencyCode\n      }\n    }\n    subtotal {\n      amount\n      currencyCode\n    }\n    shippingCost {\n      amount\n      currencyCode\n    }\n    total {\n      amount\n      currencyCode\n    }\n    timeline {\n      kind\n      at\n      fromStatus\n      toStatus\n      reason\n      externalReference\n      previousExternalReference\n      actorKind\n      actorName\n      shippingCost {\n        amount\n        currencyCode\n      }\n      previousShippingCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.OrderDetailsFragmentDoc,
    "\n  query HubOrders(\n    $first: Int!\n    $after: String\n    $status: OrderStatus\n    $customerSearch: String\n    $placedFrom: DateTimeISO\n    $placedBefore: DateTimeISO\n    $search: String\n    $acknowledged: Boolean\n  ) {\n    orders(\n      first: $first\n      after: $after\n      status: $status\n      customerSearch: $customerSearch\n      placedFrom: $placedFrom\n      placedBefore: $placedBefore\n      search: $search\n      acknowledged: $acknowledged\n    ) {\n      edges {\n        node {\n          id\n          number\n          externalReference\n          kind\n          placedAt\n          status\n          lineCount\n          customer {\n            id\n            name\n            customerNumber\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HubOrdersDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderDetails\n    }\n  }\n": typeof types.OrderDocument,
    "\n  query HubOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderDetails\n      customer {\n        id\n        name\n        customerNumber\n      }\n      placedByStaff {\n        name\n        email\n      }\n    }\n  }\n": typeof types.HubOrderDocument,
    "\n  query OrderingViewer {\n    viewer {\n      kind\n      viewingAsClient\n    }\n  }\n": typeof types.OrderingViewerDocument,
    "\n  mutation OrderValidate($input: OrderStatusChangeInput!) {\n    orderValidate(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderValidateDocument,
    "\n  mutation OrderReject($input: OrderRejectInput!) {\n    orderReject(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderRejectDocument,
    "\n  mutation OrderShip($input: OrderStatusChangeInput!) {\n    orderShip(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderShipDocument,
    "\n  mutation OrderDeliver($input: OrderStatusChangeInput!) {\n    orderDeliver(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderDeliverDocument,
    "\n  mutation OrderCancel($input: OrderStatusChangeInput!) {\n    orderCancel(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderCancelDocument,
    "\n  mutation OrderShippingCostUpdate($input: OrderShippingCostUpdateInput!) {\n    orderShippingCostUpdate(input: $input) {\n      order {\n        id\n        total {\n          amount\n          currencyCode\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderShippingCostUpdateDocument,
    "\n  mutation OrderReorder($input: OrderReorderInput!) {\n    orderReorder(input: $input) {\n      addedLineCount\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderReorderDocument,
    "\n  query HubDashboard($days: Int!) {\n    hubDashboard(days: $days) {\n      days\n      submittedOrderCount\n      pendingApprovalCount\n      registrationRequestCount\n      failedEmailCount\n      today {\n        from\n        to\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      yesterday {\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      week {\n        from\n        to\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      previousWeek {\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      series {\n        day\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      topCustomers {\n        customerId\n        customerNumber\n        name\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      topProducts {\n        productId\n        reference\n        name\n        quantity\n        value {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n": typeof types.HubDashboardDocument,
    "\n  query ProductFormOptions {\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n  }\n": typeof types.ProductFormOptionsDocument,
    "\n  query HubProduct($id: ID!) {\n    product(id: $id) {\n      id\n      reference\n      barcode\n      name\n      description\n      unit\n      packSize\n      active\n      imageUrl\n      brand {\n        id\n      }\n      season {\n        id\n      }\n      manufacturer {\n        id\n      }\n      tags {\n        id\n      }\n      prices {\n        amount {\n          amount\n          currencyCode\n        }\n        priceLevel {\n          id\n          name\n          code\n          currencyCode\n        }\n      }\n      stockLevels {\n        quantity\n        storageLocation {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.HubProductDocument,
    "\n  mutation ProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProductCreateDocument,
    "\n  mutation ProductUpdate($input: ProductUpdateInput!) {\n    productUpdate(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProductUpdateDocument,
    "\n  mutation RegistrationRequestSubmit($input: RegistrationRequestSubmitInput!) {\n    registrationRequestSubmit(input: $input) {\n      received\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegistrationRequestSubmitDocument,
    "\n  query RegistrationSettings {\n    viewer {\n      language\n    }\n    storeSettings {\n      storeName\n      selfRegistrationEnabled\n    }\n  }\n": typeof types.RegistrationSettingsDocument,
    "\n  query RegistrationRequests($first: Int!, $after: String, $status: RegistrationStatus) {\n    registrationRequests(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          companyName\n          contactName\n          email\n          language\n          status\n          previouslyRefused\n          createdAt\n          decidedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RegistrationRequestsDocument,
    "\n  query RegistrationRequest($id: ID!) {\n    registrationRequest(id: $id) {\n      id\n      companyName\n      contactName\n      email\n      phone\n      address\n      vatNumber\n      message\n      language\n      status\n      previouslyRefused\n      createdAt\n      decidedAt\n      refusalReason\n      customer {\n        id\n        name\n        customerNumber\n      }\n    }\n  }\n": typeof types.RegistrationRequestDocument,
    "\n  mutation RegistrationRequestApprove($input: RegistrationRequestApproveInput!) {\n    registrationRequestApprove(input: $input) {\n      registrationRequest {\n        id\n        status\n      }\n      storeAccess {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegistrationRequestApproveDocument,
    "\n  mutation RegistrationRequestRefuse($input: RegistrationRequestRefuseInput!) {\n    registrationRequestRefuse(input: $input) {\n      registrationRequest {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegistrationRequestRefuseDocument,
};
const documents: Documents = {
    "\n  query CustomerActivities($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      activities(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            detail\n            createdAt\n            shopUser {\n              id\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CustomerActivitiesDocument,
    "\n  query StaffMembers {\n    viewer {\n      staff {\n        id\n      }\n    }\n    staffMembers {\n      id\n      name\n      email\n      role\n      language\n      active\n      lastSignInAt\n    }\n  }\n": types.StaffMembersDocument,
    "\n  mutation StaffCreate($input: StaffCreateInput!) {\n    staffCreate(input: $input) {\n      staff {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StaffCreateDocument,
    "\n  mutation StaffUpdate($input: StaffUpdateInput!) {\n    staffUpdate(input: $input) {\n      staff {\n        id\n        name\n        role\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StaffUpdateDocument,
    "\n  query StoreSettings {\n    viewer {\n      staff {\n        role\n      }\n    }\n    storeSettings {\n      storeName\n      autoApproveBuyers\n      showStock\n      reusePreviousShippingCost\n      selfRegistrationEnabled\n      showAccessRequestButton\n      pendingApprovalRecipients\n    }\n  }\n": types.StoreSettingsDocument,
    "\n  mutation StoreSettingsUpdate($input: StoreSettingsUpdateInput!) {\n    storeSettingsUpdate(input: $input) {\n      storeSettings {\n        storeName\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreSettingsUpdateDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      apiToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApiTokenCreateDocument,
    "\n  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) {\n      apiToken {\n        id\n        name\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApiTokenRevokeDocument,
    "\n  query AuditEntries($filter: AuditEntriesFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    staffMembers {\n      id\n      name\n      email\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  fragment AuditEntryFields on AuditEvent {\n    id\n    action\n    createdAt\n    actorName\n    byApiToken\n    targetType\n    targetId\n    targetLabel\n    customer {\n      id\n      name\n      customerNumber\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query CustomerAudit($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      auditEvents(first: $first, after: $after) {\n        edges {\n          node {\n            ...AuditEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CustomerAuditDocument,
    "\n  query OrderAudit($id: ID!, $first: Int!, $after: String) {\n    order(id: $id) {\n      id\n      auditEvents(first: $first, after: $after) {\n        edges {\n          node {\n            ...AuditEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OrderAuditDocument,
    "\n  query Root {\n    viewer {\n      kind\n      language\n    }\n    storeSettings {\n      storeName\n    }\n  }\n": types.RootDocument,
    "\n  query StoreShell {\n    viewer {\n      kind\n      language\n      mustChangePassword\n      storeAccessStatus\n      viewingAsClient\n      shopUser {\n        email\n        mustChangePassword\n      }\n      customer {\n        id\n        name\n        privateMessage\n        status\n        exclusionReason\n      }\n    }\n    storeSettings {\n      storeName\n      showStock\n    }\n  }\n": types.StoreShellDocument,
    "\n  query HubShell {\n    viewer {\n      kind\n      viewingAsClient\n      staff {\n        name\n        email\n        role\n      }\n      customer {\n        id\n        name\n      }\n    }\n  }\n": types.HubShellDocument,
    "\n  mutation ShopUserSignIn($input: SignInInput!) {\n    shopUserSignIn(input: $input) {\n      shopUser {\n        email\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShopUserSignInDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    staffSignIn(input: $input) {\n      staff {\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StaffSignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {\n    shopUserPasswordChange(input: $input) {\n      shopUser {\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShopUserPasswordChangeDocument,
    "\n  query SignInOptions {\n    viewer {\n      kind\n      mustChangePassword\n      viewingAsClient\n    }\n    storeSettings {\n      storeName\n      selfRegistrationEnabled\n      showAccessRequestButton\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation ViewerLanguageSet($input: ViewerLanguageSetInput!) {\n    viewerLanguageSet(input: $input) {\n      language\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ViewerLanguageSetDocument,
    "\n  mutation ShopUserPasswordResetRequest($input: ShopUserPasswordResetRequestInput!) {\n    shopUserPasswordResetRequest(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShopUserPasswordResetRequestDocument,
    "\n  mutation ShopUserPasswordResetComplete($input: ShopUserPasswordResetCompleteInput!) {\n    shopUserPasswordResetComplete(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShopUserPasswordResetCompleteDocument,
    "\n  mutation ViewAsClientStart($input: ViewAsClientStartInput!) {\n    viewAsClientStart(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ViewAsClientStartDocument,
    "\n  mutation ViewAsClientStop {\n    viewAsClientStop {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ViewAsClientStopDocument,
    "\n  query HubCatalogProducts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $query: String\n    $brandIds: [ID!]\n    $seasonIds: [ID!]\n    $tagIds: [ID!]\n    $manufacturerIds: [ID!]\n    $active: Boolean\n  ) {\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      query: $query\n      brandIds: $brandIds\n      seasonIds: $seasonIds\n      tagIds: $tagIds\n      manufacturerIds: $manufacturerIds\n      active: $active\n      sort: NAME_ASC\n    ) {\n      edges {\n        node {\n          id\n          reference\n          name\n          active\n          brand {\n            name\n          }\n          season {\n            name\n          }\n          price {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n": types.HubCatalogProductsDocument,
    "\n  query ManagedLists {\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n": types.ManagedListsDocument,
    "\n  mutation BrandCreate($input: BrandCreateInput!) {\n    brandCreate(input: $input) {\n      brand {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BrandCreateDocument,
    "\n  mutation BrandUpdate($input: BrandUpdateInput!) {\n    brandUpdate(input: $input) {\n      brand {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BrandUpdateDocument,
    "\n  mutation BrandDelete($input: BrandDeleteInput!) {\n    brandDelete(input: $input) {\n      deletedBrandId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.BrandDeleteDocument,
    "\n  mutation SeasonCreate($input: SeasonCreateInput!) {\n    seasonCreate(input: $input) {\n      season {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SeasonCreateDocument,
    "\n  mutation SeasonUpdate($input: SeasonUpdateInput!) {\n    seasonUpdate(input: $input) {\n      season {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SeasonUpdateDocument,
    "\n  mutation SeasonDelete($input: SeasonDeleteInput!) {\n    seasonDelete(input: $input) {\n      deletedSeasonId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SeasonDeleteDocument,
    "\n  mutation TagCreate($input: TagCreateInput!) {\n    tagCreate(input: $input) {\n      tag {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TagCreateDocument,
    "\n  mutation TagUpdate($input: TagUpdateInput!) {\n    tagUpdate(input: $input) {\n      tag {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TagUpdateDocument,
    "\n  mutation TagDelete($input: TagDeleteInput!) {\n    tagDelete(input: $input) {\n      deletedTagId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.TagDeleteDocument,
    "\n  mutation ManufacturerCreate($input: ManufacturerCreateInput!) {\n    manufacturerCreate(input: $input) {\n      manufacturer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ManufacturerCreateDocument,
    "\n  mutation ManufacturerUpdate($input: ManufacturerUpdateInput!) {\n    manufacturerUpdate(input: $input) {\n      manufacturer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ManufacturerUpdateDocument,
    "\n  mutation ManufacturerDelete($input: ManufacturerDeleteInput!) {\n    manufacturerDelete(input: $input) {\n      deletedManufacturerId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ManufacturerDeleteDocument,
    "\n  query HubPriceLevels {\n    priceLevels {\n      id\n      code\n      name\n      currencyCode\n      isDefault\n    }\n  }\n": types.HubPriceLevelsDocument,
    "\n  mutation HubPriceLevelCreate($input: PriceLevelCreateInput!) {\n    priceLevelCreate(input: $input) {\n      priceLevel {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubPriceLevelCreateDocument,
    "\n  mutation HubPriceLevelUpdate($input: PriceLevelUpdateInput!) {\n    priceLevelUpdate(input: $input) {\n      priceLevel {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubPriceLevelUpdateDocument,
    "\n  query HubStorageLocations {\n    storageLocations {\n      id\n      code\n      name\n      isDefault\n      defaultShippingCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.HubStorageLocationsDocument,
    "\n  mutation HubStorageLocationCreate($input: StorageLocationCreateInput!) {\n    storageLocationCreate(input: $input) {\n      storageLocation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubStorageLocationCreateDocument,
    "\n  mutation HubStorageLocationUpdate($input: StorageLocationUpdateInput!) {\n    storageLocationUpdate(input: $input) {\n      storageLocation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubStorageLocationUpdateDocument,
    "\n  query HubProductLevelsAndLocations {\n    priceLevels {\n      id\n      code\n      name\n      currencyCode\n      isDefault\n    }\n    storageLocations {\n      id\n      code\n      name\n      isDefault\n    }\n  }\n": types.HubProductLevelsAndLocationsDocument,
    "\n  query HubProductGrids($id: ID!) {\n    product(id: $id) {\n      id\n      prices {\n        amount {\n          amount\n        }\n        priceLevel {\n          id\n        }\n      }\n      stockLevels {\n        quantity\n        storageLocation {\n          id\n        }\n      }\n    }\n    priceLevels {\n      id\n    }\n    storageLocations {\n      id\n    }\n  }\n": types.HubProductGridsDocument,
    "\n  mutation HubProductPricesSet($input: ProductPricesSetInput!) {\n    productPricesSet(input: $input) {\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubProductPricesSetDocument,
    "\n  mutation HubStockLevelsSet($input: StockLevelsSetInput!) {\n    stockLevelsSet(input: $input) {\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubStockLevelsSetDocument,
    "\n  mutation HubCatalogImportPreview($input: CatalogImportPreviewInput!) {\n    catalogImportPreview(input: $input) {\n      preview {\n        lineCount\n        createCount\n        updateCount\n        unchangedCount\n        invalidCount\n        priceLevels {\n          code\n          name\n        }\n        storageLocations {\n          code\n          name\n        }\n        errors {\n          line\n          reference\n          column\n          value\n          code\n          message\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubCatalogImportPreviewDocument,
    "\n  mutation HubCatalogImportStart($input: CatalogImportStartInput!) {\n    catalogImportStart(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubCatalogImportStartDocument,
    "\n  query HubExplainCandidates($customerQuery: String, $productQuery: String, $withCustomers: Boolean!, $withProducts: Boolean!) {\n    customers(query: $customerQuery, first: 8) @include(if: $withCustomers) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n        }\n      }\n    }\n    products(query: $productQuery, first: 8) @include(if: $withProducts) {\n      edges {\n        node {\n          id\n          reference\n          barcode\n          name\n        }\n      }\n    }\n  }\n": types.HubExplainCandidatesDocument,
    "\n  query HubExplain($customerId: ID!, $productId: ID!) {\n    productVisibilityExplain(customerId: $customerId, productId: $productId) {\n      visible\n      orderable\n      reasons {\n        rule\n        message\n      }\n    }\n    customer(id: $customerId) {\n      id\n      name\n      customerNumber\n      priceLevel {\n        name\n      }\n    }\n    product(id: $productId) {\n      id\n      reference\n      name\n      prices {\n        priceLevel {\n          id\n          name\n          isDefault\n        }\n        amount {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n": types.HubExplainDocument,
    "\n  fragment StoreProductCard on Product {\n    id\n    name\n    reference\n    barcode\n    unit\n    packSize\n    orderable\n    stock\n    imageUrl\n    price {\n      amount\n      currencyCode\n    }\n    brand {\n      name\n    }\n    tags {\n      name\n    }\n  }\n": types.StoreProductCardFragmentDoc,
    "\n  query StoreCatalog(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $query: String\n    $sort: ProductSort\n    $brandIds: [ID!]\n    $seasonIds: [ID!]\n    $tagIds: [ID!]\n    $manufacturerIds: [ID!]\n  ) {\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      query: $query\n      sort: $sort\n      brandIds: $brandIds\n      seasonIds: $seasonIds\n      tagIds: $tagIds\n      manufacturerIds: $manufacturerIds\n    ) {\n      totalCount\n      edges {\n        node {\n          ...StoreProductCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    productFacets(query: $query, brandIds: $brandIds, seasonIds: $seasonIds, tagIds: $tagIds, manufacturerIds: $manufacturerIds) {\n      brands {\n        id\n        name\n        count\n      }\n      seasons {\n        id\n        name\n        count\n      }\n      tags {\n        id\n        name\n        count\n      }\n      manufacturers {\n        id\n        name\n        count\n      }\n    }\n  }\n": types.StoreCatalogDocument,
    "\n  query StoreProduct($id: ID!) {\n    product(id: $id) {\n      ...StoreProductCard\n      description\n      season {\n        name\n      }\n      manufacturer {\n        name\n      }\n    }\n  }\n": types.StoreProductDocument,
    "\n  query ProductPackSize($id: ID!) {\n    product(id: $id) {\n      id\n      packSize\n    }\n  }\n": types.ProductPackSizeDocument,
    "\n  query Customers(\n    $first: Int!\n    $after: String\n    $query: String\n    $status: CustomerStatus\n    $priceLevelId: ID\n    $language: Language\n    $accessStatus: StoreAccessStatus\n  ) {\n    customers(\n      first: $first\n      after: $after\n      query: $query\n      status: $status\n      priceLevelId: $priceLevelId\n      language: $language\n      accessStatus: $accessStatus\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          customerNumber\n          documentLanguage\n          status\n          accessCount\n          lastAccessAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerSearch($query: String!) {\n    customers(first: 20, query: $query) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n        }\n      }\n    }\n  }\n": types.CustomerSearchDocument,
    "\n  query CustomersById($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Customer {\n        id\n        name\n        customerNumber\n      }\n    }\n  }\n": types.CustomersByIdDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      customerNumber\n      documentLanguage\n      status\n      exclusionReason\n      privateMessage\n      createdAt\n      accessCount\n      pendingAccessCount\n      lastAccessAt\n      priceLevel {\n        id\n        name\n      }\n      storageLocation {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n        email\n        phone\n        position\n      }\n      deliverySites {\n        id\n        name\n        street\n        postalCode\n        city\n        country\n      }\n      visibility {\n        tags {\n          id\n          name\n        }\n        seasons {\n          id\n          name\n        }\n        brands {\n          id\n          name\n        }\n        manufacturers {\n          id\n          name\n        }\n      }\n      emailAccesses {\n        email\n        status\n        phone\n        storeAccess {\n          id\n          grantedAt\n          lastAccessAt\n          language\n        }\n      }\n    }\n  }\n": types.CustomerDocument,
    "\n  query CustomerFormOptions {\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n    storageLocations {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n": types.CustomerFormOptionsDocument,
    "\n  query VisibilityOptions {\n    tags {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    brands {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n": types.VisibilityOptionsDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerCreateDocument,
    "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        id\n        customerNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerUpdateDocument,
    "\n  mutation CustomerExclude($input: CustomerExcludeInput!) {\n    customerExclude(input: $input) {\n      customer {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerExcludeDocument,
    "\n  mutation CustomerExclusionLift($input: CustomerExclusionLiftInput!) {\n    customerExclusionLift(input: $input) {\n      customer {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerExclusionLiftDocument,
    "\n  mutation StoreAccessGrant($input: StoreAccessGrantInput!) {\n    storeAccessGrant(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      whatsAppUrl\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessGrantDocument,
    "\n  mutation StoreAccessRegeneratePassword($input: StoreAccessRegeneratePasswordInput!) {\n    storeAccessRegeneratePassword(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      whatsAppUrl\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessRegeneratePasswordDocument,
    "\n  mutation StoreAccessBlock($input: StoreAccessIdInput!) {\n    storeAccessBlock(input: $input) {\n      storeAccess {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessBlockDocument,
    "\n  mutation StoreAccessUnblock($input: StoreAccessIdInput!) {\n    storeAccessUnblock(input: $input) {\n      storeAccess {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessUnblockDocument,
    "\n  mutation StoreAccessBulkGrant($input: StoreAccessBulkGrantInput!) {\n    storeAccessBulkGrant(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessBulkGrantDocument,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      status\n      total\n      processed\n      succeeded\n      progress\n      interrupted\n      error\n      createdAt\n      finishedAt\n      skipped {\n        id\n        label\n        code\n        message\n      }\n    }\n  }\n": types.TaskDocument,
    "\n  mutation StoreAccessLanguageUpdate($input: StoreAccessLanguageUpdateInput!) {\n    storeAccessLanguageUpdate(input: $input) {\n      storeAccess {\n        id\n        language\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessLanguageUpdateDocument,
    "\n  query OutboxEmails($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OutboxEmailsDocument,
    "\n  query OutboxEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on OutboxEmail {\n        id\n        toAddress\n        subject\n        template\n        language\n        status\n        attempts\n        lastError\n        createdAt\n        processedAt\n        html\n        text\n      }\n    }\n  }\n": types.OutboxEmailDocument,
    "\n  mutation OutboxEmailResend($input: OutboxEmailResendInput!) {\n    outboxEmailResend(input: $input) {\n      outboxEmail {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OutboxEmailResendDocument,
    "\n  mutation OutboxEmailsResendFailed {\n    outboxEmailsResendFailed {\n      count\n    }\n  }\n": types.OutboxEmailsResendFailedDocument,
    "\n  query HubBell {\n    hubNotifications {\n      total\n      unreadCount\n    }\n  }\n": types.HubBellDocument,
    "\n  query HubNotifications {\n    hubNotifications {\n      total\n      pendingApprovalCount\n      registrationRequestCount\n      submittedOrderCount\n      unreadCount\n      unreadOrderCount\n      unreadApprovalCount\n      unreadRegistrationCount\n      submittedOrders {\n        id\n        number\n        placedAt\n        total {\n          amount\n          currencyCode\n        }\n        customer {\n          id\n          name\n        }\n      }\n      pendingApprovals {\n        id\n        email\n        grantedAt\n        customer {\n          id\n          name\n        }\n      }\n      registrationRequests {\n        id\n        companyName\n        contactName\n        email\n        createdAt\n      }\n    }\n  }\n": types.HubNotificationsDocument,
    "\n  mutation StoreAccessApprove($input: StoreAccessIdInput!) {\n    storeAccessApprove(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessApproveDocument,
    "\n  mutation HubNotificationsMarkRead($input: HubNotificationsMarkReadInput!) {\n    hubNotificationsMarkRead(input: $input) {\n      hubNotifications {\n        unreadCount\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.HubNotificationsMarkReadDocument,
    "\n  query CartCount {\n    cart {\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n": types.CartCountDocument,
    "\n  query Cart {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n        product {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.CartDocument,
    "\n  query CartSuggestions($query: String!) {\n    products(first: 8, query: $query) {\n      edges {\n        node {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n          price {\n            amount\n            currencyCode\n          }\n        }\n      }\n    }\n  }\n": types.CartSuggestionsDocument,
    "\n  mutation CartLinesImport($input: CartLinesImportInput!) {\n    cartLinesImport(input: $input) {\n      addedProductCount\n      problems {\n        line\n        code\n        reason\n        message\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CartLinesImportDocument,
    "\n  query Checkout {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        product {\n          id\n          name\n          reference\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      deliverySites {\n        id\n        name\n        street\n        postalCode\n        city\n      }\n    }\n  }\n": types.CheckoutDocument,
    "\n  query ShopUserCustomers {\n    shopUserCustomers {\n      id\n      name\n      customerNumber\n    }\n  }\n": types.ShopUserCustomersDocument,
    "\n  mutation ShopUserCustomerSwitch($input: ShopUserCustomerSwitchInput!) {\n    shopUserCustomerSwitch(input: $input) {\n      customer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShopUserCustomerSwitchDocument,
    "\n  mutation CartLinesAdd($input: CartLinesAddInput!) {\n    cartLinesAdd(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CartLinesAddDocument,
    "\n  mutation CartLinesUpdate($input: CartLinesUpdateInput!) {\n    cartLinesUpdate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CartLinesUpdateDocument,
    "\n  mutation OrderPlace($input: OrderPlaceInput!) {\n    orderPlace(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderPlaceDocument,
    "\n  query Orders($first: Int!, $after: String, $status: OrderStatus, $search: String) {\n    orders(first: $first, after: $after, status: $status, search: $search) {\n      edges {\n        node {\n          id\n          number\n          externalReference\n          kind\n          placedAt\n          status\n          lineCount\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  fragment OrderDetails on Order {\n    id\n    number\n    kind\n    status\n    placedAt\n    orderDate\n    requestedDeliveryDate\n    purchaseOrderReference\n    externalReference\n    notes\n    placedBy {\n      email\n    }\n    placedOnBehalfBy\n    deliverySite {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n    }\n    documents {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    lines {\n      id\n      reference\n      name\n      quantity\n      unitPrice {\n        amount\n        currencyCode\n      }\n      lineTotal {\n        amount\n        currencyCode\n      }\n    }\n    subtotal {\n      amount\n      currencyCode\n    }\n    shippingCost {\n      amount\n      currencyCode\n    }\n    total {\n      amount\n      currencyCode\n    }\n    timeline {\n      kind\n      at\n      fromStatus\n      toStatus\n      reason\n      externalReference\n      previousExternalReference\n      actorKind\n      actorName\n      shippingCost {\n        amount\n        currencyCode\n      }\n      previousShippingCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.OrderDetailsFragmentDoc,
    "\n  query HubOrders(\n    $first: Int!\n    $after: String\n    $status: OrderStatus\n    $customerSearch: String\n    $placedFrom: DateTimeISO\n    $placedBefore: DateTimeISO\n    $search: String\n    $acknowledged: Boolean\n  ) {\n    orders(\n      first: $first\n      after: $after\n      status: $status\n      customerSearch: $customerSearch\n      placedFrom: $placedFrom\n      placedBefore: $placedBefore\n      search: $search\n      acknowledged: $acknowledged\n    ) {\n      edges {\n        node {\n          id\n          number\n          externalReference\n          kind\n          placedAt\n          status\n          lineCount\n          customer {\n            id\n            name\n            customerNumber\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HubOrdersDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderDetails\n    }\n  }\n": types.OrderDocument,
    "\n  query HubOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderDetails\n      customer {\n        id\n        name\n        customerNumber\n      }\n      placedByStaff {\n        name\n        email\n      }\n    }\n  }\n": types.HubOrderDocument,
    "\n  query OrderingViewer {\n    viewer {\n      kind\n      viewingAsClient\n    }\n  }\n": types.OrderingViewerDocument,
    "\n  mutation OrderValidate($input: OrderStatusChangeInput!) {\n    orderValidate(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderValidateDocument,
    "\n  mutation OrderReject($input: OrderRejectInput!) {\n    orderReject(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderRejectDocument,
    "\n  mutation OrderShip($input: OrderStatusChangeInput!) {\n    orderShip(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderShipDocument,
    "\n  mutation OrderDeliver($input: OrderStatusChangeInput!) {\n    orderDeliver(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderDeliverDocument,
    "\n  mutation OrderCancel($input: OrderStatusChangeInput!) {\n    orderCancel(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderCancelDocument,
    "\n  mutation OrderShippingCostUpdate($input: OrderShippingCostUpdateInput!) {\n    orderShippingCostUpdate(input: $input) {\n      order {\n        id\n        total {\n          amount\n          currencyCode\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderShippingCostUpdateDocument,
    "\n  mutation OrderReorder($input: OrderReorderInput!) {\n    orderReorder(input: $input) {\n      addedLineCount\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderReorderDocument,
    "\n  query HubDashboard($days: Int!) {\n    hubDashboard(days: $days) {\n      days\n      submittedOrderCount\n      pendingApprovalCount\n      registrationRequestCount\n      failedEmailCount\n      today {\n        from\n        to\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      yesterday {\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      week {\n        from\n        to\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      previousWeek {\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      series {\n        day\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      topCustomers {\n        customerId\n        customerNumber\n        name\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      topProducts {\n        productId\n        reference\n        name\n        quantity\n        value {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n": types.HubDashboardDocument,
    "\n  query ProductFormOptions {\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n  }\n": types.ProductFormOptionsDocument,
    "\n  query HubProduct($id: ID!) {\n    product(id: $id) {\n      id\n      reference\n      barcode\n      name\n      description\n      unit\n      packSize\n      active\n      imageUrl\n      brand {\n        id\n      }\n      season {\n        id\n      }\n      manufacturer {\n        id\n      }\n      tags {\n        id\n      }\n      prices {\n        amount {\n          amount\n          currencyCode\n        }\n        priceLevel {\n          id\n          name\n          code\n          currencyCode\n        }\n      }\n      stockLevels {\n        quantity\n        storageLocation {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.HubProductDocument,
    "\n  mutation ProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ProductCreateDocument,
    "\n  mutation ProductUpdate($input: ProductUpdateInput!) {\n    productUpdate(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ProductUpdateDocument,
    "\n  mutation RegistrationRequestSubmit($input: RegistrationRequestSubmitInput!) {\n    registrationRequestSubmit(input: $input) {\n      received\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegistrationRequestSubmitDocument,
    "\n  query RegistrationSettings {\n    viewer {\n      language\n    }\n    storeSettings {\n      storeName\n      selfRegistrationEnabled\n    }\n  }\n": types.RegistrationSettingsDocument,
    "\n  query RegistrationRequests($first: Int!, $after: String, $status: RegistrationStatus) {\n    registrationRequests(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          companyName\n          contactName\n          email\n          language\n          status\n          previouslyRefused\n          createdAt\n          decidedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RegistrationRequestsDocument,
    "\n  query RegistrationRequest($id: ID!) {\n    registrationRequest(id: $id) {\n      id\n      companyName\n      contactName\n      email\n      phone\n      address\n      vatNumber\n      message\n      language\n      status\n      previouslyRefused\n      createdAt\n      decidedAt\n      refusalReason\n      customer {\n        id\n        name\n        customerNumber\n      }\n    }\n  }\n": types.RegistrationRequestDocument,
    "\n  mutation RegistrationRequestApprove($input: RegistrationRequestApproveInput!) {\n    registrationRequestApprove(input: $input) {\n      registrationRequest {\n        id\n        status\n      }\n      storeAccess {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegistrationRequestApproveDocument,
    "\n  mutation RegistrationRequestRefuse($input: RegistrationRequestRefuseInput!) {\n    registrationRequestRefuse(input: $input) {\n      registrationRequest {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegistrationRequestRefuseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerActivities($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      activities(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            detail\n            createdAt\n            shopUser {\n              id\n              email\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers {\n    viewer {\n      staff {\n        id\n      }\n    }\n    staffMembers {\n      id\n      name\n      email\n      role\n      language\n      active\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql.js').StaffMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreate($input: StaffCreateInput!) {\n    staffCreate(input: $input) {\n      staff {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUpdate($input: StaffUpdateInput!) {\n    staffUpdate(input: $input) {\n      staff {\n        id\n        name\n        role\n        active\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreSettings {\n    viewer {\n      staff {\n        role\n      }\n    }\n    storeSettings {\n      storeName\n      autoApproveBuyers\n      showStock\n      reusePreviousShippingCost\n      selfRegistrationEnabled\n      showAccessRequestButton\n      pendingApprovalRecipients\n    }\n  }\n"): typeof import('./graphql.js').StoreSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreSettingsUpdate($input: StoreSettingsUpdateInput!) {\n    storeSettingsUpdate(input: $input) {\n      storeSettings {\n        storeName\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) {\n      apiToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) {\n      apiToken {\n        id\n        name\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiTokenRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditEntriesFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    staffMembers {\n      id\n      name\n      email\n    }\n  }\n"): typeof import('./graphql.js').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEvent {\n    id\n    action\n    createdAt\n    actorName\n    byApiToken\n    targetType\n    targetId\n    targetLabel\n    customer {\n      id\n      name\n      customerNumber\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): typeof import('./graphql.js').AuditEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAudit($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      auditEvents(first: $first, after: $after) {\n        edges {\n          node {\n            ...AuditEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderAudit($id: ID!, $first: Int!, $after: String) {\n    order(id: $id) {\n      id\n      auditEvents(first: $first, after: $after) {\n        edges {\n          node {\n            ...AuditEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Root {\n    viewer {\n      kind\n      language\n    }\n    storeSettings {\n      storeName\n    }\n  }\n"): typeof import('./graphql.js').RootDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreShell {\n    viewer {\n      kind\n      language\n      mustChangePassword\n      storeAccessStatus\n      viewingAsClient\n      shopUser {\n        email\n        mustChangePassword\n      }\n      customer {\n        id\n        name\n        privateMessage\n        status\n        exclusionReason\n      }\n    }\n    storeSettings {\n      storeName\n      showStock\n    }\n  }\n"): typeof import('./graphql.js').StoreShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubShell {\n    viewer {\n      kind\n      viewingAsClient\n      staff {\n        name\n        email\n        role\n      }\n      customer {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUserSignIn($input: SignInInput!) {\n    shopUserSignIn(input: $input) {\n      shopUser {\n        email\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShopUserSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignIn($input: SignInInput!) {\n    staffSignIn(input: $input) {\n      staff {\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): typeof import('./graphql.js').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {\n    shopUserPasswordChange(input: $input) {\n      shopUser {\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShopUserPasswordChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    viewer {\n      kind\n      mustChangePassword\n      viewingAsClient\n    }\n    storeSettings {\n      storeName\n      selfRegistrationEnabled\n      showAccessRequestButton\n    }\n  }\n"): typeof import('./graphql.js').SignInOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerLanguageSet($input: ViewerLanguageSetInput!) {\n    viewerLanguageSet(input: $input) {\n      language\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ViewerLanguageSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUserPasswordResetRequest($input: ShopUserPasswordResetRequestInput!) {\n    shopUserPasswordResetRequest(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShopUserPasswordResetRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUserPasswordResetComplete($input: ShopUserPasswordResetCompleteInput!) {\n    shopUserPasswordResetComplete(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShopUserPasswordResetCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewAsClientStart($input: ViewAsClientStartInput!) {\n    viewAsClientStart(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ViewAsClientStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewAsClientStop {\n    viewAsClientStop {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ViewAsClientStopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubCatalogProducts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $query: String\n    $brandIds: [ID!]\n    $seasonIds: [ID!]\n    $tagIds: [ID!]\n    $manufacturerIds: [ID!]\n    $active: Boolean\n  ) {\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      query: $query\n      brandIds: $brandIds\n      seasonIds: $seasonIds\n      tagIds: $tagIds\n      manufacturerIds: $manufacturerIds\n      active: $active\n      sort: NAME_ASC\n    ) {\n      edges {\n        node {\n          id\n          reference\n          name\n          active\n          brand {\n            name\n          }\n          season {\n            name\n          }\n          price {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').HubCatalogProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedLists {\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').ManagedListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandCreate($input: BrandCreateInput!) {\n    brandCreate(input: $input) {\n      brand {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrandCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandUpdate($input: BrandUpdateInput!) {\n    brandUpdate(input: $input) {\n      brand {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrandUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandDelete($input: BrandDeleteInput!) {\n    brandDelete(input: $input) {\n      deletedBrandId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrandDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeasonCreate($input: SeasonCreateInput!) {\n    seasonCreate(input: $input) {\n      season {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeasonCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeasonUpdate($input: SeasonUpdateInput!) {\n    seasonUpdate(input: $input) {\n      season {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeasonUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeasonDelete($input: SeasonDeleteInput!) {\n    seasonDelete(input: $input) {\n      deletedSeasonId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeasonDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagCreate($input: TagCreateInput!) {\n    tagCreate(input: $input) {\n      tag {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TagCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagUpdate($input: TagUpdateInput!) {\n    tagUpdate(input: $input) {\n      tag {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TagUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagDelete($input: TagDeleteInput!) {\n    tagDelete(input: $input) {\n      deletedTagId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TagDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManufacturerCreate($input: ManufacturerCreateInput!) {\n    manufacturerCreate(input: $input) {\n      manufacturer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ManufacturerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManufacturerUpdate($input: ManufacturerUpdateInput!) {\n    manufacturerUpdate(input: $input) {\n      manufacturer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ManufacturerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManufacturerDelete($input: ManufacturerDeleteInput!) {\n    manufacturerDelete(input: $input) {\n      deletedManufacturerId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ManufacturerDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubPriceLevels {\n    priceLevels {\n      id\n      code\n      name\n      currencyCode\n      isDefault\n    }\n  }\n"): typeof import('./graphql.js').HubPriceLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubPriceLevelCreate($input: PriceLevelCreateInput!) {\n    priceLevelCreate(input: $input) {\n      priceLevel {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubPriceLevelCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubPriceLevelUpdate($input: PriceLevelUpdateInput!) {\n    priceLevelUpdate(input: $input) {\n      priceLevel {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubPriceLevelUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubStorageLocations {\n    storageLocations {\n      id\n      code\n      name\n      isDefault\n      defaultShippingCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubStorageLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubStorageLocationCreate($input: StorageLocationCreateInput!) {\n    storageLocationCreate(input: $input) {\n      storageLocation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubStorageLocationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubStorageLocationUpdate($input: StorageLocationUpdateInput!) {\n    storageLocationUpdate(input: $input) {\n      storageLocation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubStorageLocationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubProductLevelsAndLocations {\n    priceLevels {\n      id\n      code\n      name\n      currencyCode\n      isDefault\n    }\n    storageLocations {\n      id\n      code\n      name\n      isDefault\n    }\n  }\n"): typeof import('./graphql.js').HubProductLevelsAndLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubProductGrids($id: ID!) {\n    product(id: $id) {\n      id\n      prices {\n        amount {\n          amount\n        }\n        priceLevel {\n          id\n        }\n      }\n      stockLevels {\n        quantity\n        storageLocation {\n          id\n        }\n      }\n    }\n    priceLevels {\n      id\n    }\n    storageLocations {\n      id\n    }\n  }\n"): typeof import('./graphql.js').HubProductGridsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubProductPricesSet($input: ProductPricesSetInput!) {\n    productPricesSet(input: $input) {\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubProductPricesSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubStockLevelsSet($input: StockLevelsSetInput!) {\n    stockLevelsSet(input: $input) {\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubStockLevelsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubCatalogImportPreview($input: CatalogImportPreviewInput!) {\n    catalogImportPreview(input: $input) {\n      preview {\n        lineCount\n        createCount\n        updateCount\n        unchangedCount\n        invalidCount\n        priceLevels {\n          code\n          name\n        }\n        storageLocations {\n          code\n          name\n        }\n        errors {\n          line\n          reference\n          column\n          value\n          code\n          message\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubCatalogImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubCatalogImportStart($input: CatalogImportStartInput!) {\n    catalogImportStart(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubCatalogImportStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubExplainCandidates($customerQuery: String, $productQuery: String, $withCustomers: Boolean!, $withProducts: Boolean!) {\n    customers(query: $customerQuery, first: 8) @include(if: $withCustomers) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n        }\n      }\n    }\n    products(query: $productQuery, first: 8) @include(if: $withProducts) {\n      edges {\n        node {\n          id\n          reference\n          barcode\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubExplainCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubExplain($customerId: ID!, $productId: ID!) {\n    productVisibilityExplain(customerId: $customerId, productId: $productId) {\n      visible\n      orderable\n      reasons {\n        rule\n        message\n      }\n    }\n    customer(id: $customerId) {\n      id\n      name\n      customerNumber\n      priceLevel {\n        name\n      }\n    }\n    product(id: $productId) {\n      id\n      reference\n      name\n      prices {\n        priceLevel {\n          id\n          name\n          isDefault\n        }\n        amount {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubExplainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoreProductCard on Product {\n    id\n    name\n    reference\n    barcode\n    unit\n    packSize\n    orderable\n    stock\n    imageUrl\n    price {\n      amount\n      currencyCode\n    }\n    brand {\n      name\n    }\n    tags {\n      name\n    }\n  }\n"): typeof import('./graphql.js').StoreProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreCatalog(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $query: String\n    $sort: ProductSort\n    $brandIds: [ID!]\n    $seasonIds: [ID!]\n    $tagIds: [ID!]\n    $manufacturerIds: [ID!]\n  ) {\n    products(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      query: $query\n      sort: $sort\n      brandIds: $brandIds\n      seasonIds: $seasonIds\n      tagIds: $tagIds\n      manufacturerIds: $manufacturerIds\n    ) {\n      totalCount\n      edges {\n        node {\n          ...StoreProductCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n    productFacets(query: $query, brandIds: $brandIds, seasonIds: $seasonIds, tagIds: $tagIds, manufacturerIds: $manufacturerIds) {\n      brands {\n        id\n        name\n        count\n      }\n      seasons {\n        id\n        name\n        count\n      }\n      tags {\n        id\n        name\n        count\n      }\n      manufacturers {\n        id\n        name\n        count\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreProduct($id: ID!) {\n    product(id: $id) {\n      ...StoreProductCard\n      description\n      season {\n        name\n      }\n      manufacturer {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPackSize($id: ID!) {\n    product(id: $id) {\n      id\n      packSize\n    }\n  }\n"): typeof import('./graphql.js').ProductPackSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers(\n    $first: Int!\n    $after: String\n    $query: String\n    $status: CustomerStatus\n    $priceLevelId: ID\n    $language: Language\n    $accessStatus: StoreAccessStatus\n  ) {\n    customers(\n      first: $first\n      after: $after\n      query: $query\n      status: $status\n      priceLevelId: $priceLevelId\n      language: $language\n      accessStatus: $accessStatus\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          customerNumber\n          documentLanguage\n          status\n          accessCount\n          lastAccessAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n"): typeof import('./graphql.js').CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSearch($query: String!) {\n    customers(first: 20, query: $query) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersById($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Customer {\n        id\n        name\n        customerNumber\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomersByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      customerNumber\n      documentLanguage\n      status\n      exclusionReason\n      privateMessage\n      createdAt\n      accessCount\n      pendingAccessCount\n      lastAccessAt\n      priceLevel {\n        id\n        name\n      }\n      storageLocation {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n        email\n        phone\n        position\n      }\n      deliverySites {\n        id\n        name\n        street\n        postalCode\n        city\n        country\n      }\n      visibility {\n        tags {\n          id\n          name\n        }\n        seasons {\n          id\n          name\n        }\n        brands {\n          id\n          name\n        }\n        manufacturers {\n          id\n          name\n        }\n      }\n      emailAccesses {\n        email\n        status\n        phone\n        storeAccess {\n          id\n          grantedAt\n          lastAccessAt\n          language\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFormOptions {\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n    storageLocations {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n"): typeof import('./graphql.js').CustomerFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityOptions {\n    tags {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    brands {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').VisibilityOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerUpdate($input: CustomerUpdateInput!) {\n    customerUpdate(input: $input) {\n      customer {\n        id\n        customerNumber\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerExclude($input: CustomerExcludeInput!) {\n    customerExclude(input: $input) {\n      customer {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerExcludeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerExclusionLift($input: CustomerExclusionLiftInput!) {\n    customerExclusionLift(input: $input) {\n      customer {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerExclusionLiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessGrant($input: StoreAccessGrantInput!) {\n    storeAccessGrant(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      whatsAppUrl\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessRegeneratePassword($input: StoreAccessRegeneratePasswordInput!) {\n    storeAccessRegeneratePassword(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      whatsAppUrl\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessRegeneratePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessBlock($input: StoreAccessIdInput!) {\n    storeAccessBlock(input: $input) {\n      storeAccess {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessBlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessUnblock($input: StoreAccessIdInput!) {\n    storeAccessUnblock(input: $input) {\n      storeAccess {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessUnblockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessBulkGrant($input: StoreAccessBulkGrantInput!) {\n    storeAccessBulkGrant(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessBulkGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      status\n      total\n      processed\n      succeeded\n      progress\n      interrupted\n      error\n      createdAt\n      finishedAt\n      skipped {\n        id\n        label\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessLanguageUpdate($input: StoreAccessLanguageUpdateInput!) {\n    storeAccessLanguageUpdate(input: $input) {\n      storeAccess {\n        id\n        language\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessLanguageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmails($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxEmailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on OutboxEmail {\n        id\n        toAddress\n        subject\n        template\n        language\n        status\n        attempts\n        lastError\n        createdAt\n        processedAt\n        html\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxEmailResend($input: OutboxEmailResendInput!) {\n    outboxEmailResend(input: $input) {\n      outboxEmail {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxEmailResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxEmailsResendFailed {\n    outboxEmailsResendFailed {\n      count\n    }\n  }\n"): typeof import('./graphql.js').OutboxEmailsResendFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubBell {\n    hubNotifications {\n      total\n      unreadCount\n    }\n  }\n"): typeof import('./graphql.js').HubBellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubNotifications {\n    hubNotifications {\n      total\n      pendingApprovalCount\n      registrationRequestCount\n      submittedOrderCount\n      unreadCount\n      unreadOrderCount\n      unreadApprovalCount\n      unreadRegistrationCount\n      submittedOrders {\n        id\n        number\n        placedAt\n        total {\n          amount\n          currencyCode\n        }\n        customer {\n          id\n          name\n        }\n      }\n      pendingApprovals {\n        id\n        email\n        grantedAt\n        customer {\n          id\n          name\n        }\n      }\n      registrationRequests {\n        id\n        companyName\n        contactName\n        email\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessApprove($input: StoreAccessIdInput!) {\n    storeAccessApprove(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HubNotificationsMarkRead($input: HubNotificationsMarkReadInput!) {\n    hubNotificationsMarkRead(input: $input) {\n      hubNotifications {\n        unreadCount\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubNotificationsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartCount {\n    cart {\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cart {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n        product {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartSuggestions($query: String!) {\n    products(first: 8, query: $query) {\n      edges {\n        node {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n          price {\n            amount\n            currencyCode\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesImport($input: CartLinesImportInput!) {\n    cartLinesImport(input: $input) {\n      addedProductCount\n      problems {\n        line\n        code\n        reason\n        message\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartLinesImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checkout {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        product {\n          id\n          name\n          reference\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      deliverySites {\n        id\n        name\n        street\n        postalCode\n        city\n      }\n    }\n  }\n"): typeof import('./graphql.js').CheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopUserCustomers {\n    shopUserCustomers {\n      id\n      name\n      customerNumber\n    }\n  }\n"): typeof import('./graphql.js').ShopUserCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUserCustomerSwitch($input: ShopUserCustomerSwitchInput!) {\n    shopUserCustomerSwitch(input: $input) {\n      customer {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShopUserCustomerSwitchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesAdd($input: CartLinesAddInput!) {\n    cartLinesAdd(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartLinesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesUpdate($input: CartLinesUpdateInput!) {\n    cartLinesUpdate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartLinesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderPlace($input: OrderPlaceInput!) {\n    orderPlace(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($first: Int!, $after: String, $status: OrderStatus, $search: String) {\n    orders(first: $first, after: $after, status: $status, search: $search) {\n      edges {\n        node {\n          id\n          number\n          externalReference\n          kind\n          placedAt\n          status\n          lineCount\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetails on Order {\n    id\n    number\n    kind\n    status\n    placedAt\n    orderDate\n    requestedDeliveryDate\n    purchaseOrderReference\n    externalReference\n    notes\n    placedBy {\n      email\n    }\n    placedOnBehalfBy\n    deliverySite {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n    }\n    documents {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    lines {\n      id\n      reference\n      name\n      quantity\n      unitPrice {\n        amount\n        currencyCode\n      }\n      lineTotal {\n        amount\n        currencyCode\n      }\n    }\n    subtotal {\n      amount\n      currencyCode\n    }\n    shippingCost {\n      amount\n      currencyCode\n    }\n    total {\n      amount\n      currencyCode\n    }\n    timeline {\n      kind\n      at\n      fromStatus\n      toStatus\n      reason\n      externalReference\n      previousExternalReference\n      actorKind\n      actorName\n      shippingCost {\n        amount\n        currencyCode\n      }\n      previousShippingCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubOrders(\n    $first: Int!\n    $after: String\n    $status: OrderStatus\n    $customerSearch: String\n    $placedFrom: DateTimeISO\n    $placedBefore: DateTimeISO\n    $search: String\n    $acknowledged: Boolean\n  ) {\n    orders(\n      first: $first\n      after: $after\n      status: $status\n      customerSearch: $customerSearch\n      placedFrom: $placedFrom\n      placedBefore: $placedBefore\n      search: $search\n      acknowledged: $acknowledged\n    ) {\n      edges {\n        node {\n          id\n          number\n          externalReference\n          kind\n          placedAt\n          status\n          lineCount\n          customer {\n            id\n            name\n            customerNumber\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderDetails\n    }\n  }\n"): typeof import('./graphql.js').OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderDetails\n      customer {\n        id\n        name\n        customerNumber\n      }\n      placedByStaff {\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderingViewer {\n    viewer {\n      kind\n      viewingAsClient\n    }\n  }\n"): typeof import('./graphql.js').OrderingViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderValidate($input: OrderStatusChangeInput!) {\n    orderValidate(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderValidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderReject($input: OrderRejectInput!) {\n    orderReject(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderShip($input: OrderStatusChangeInput!) {\n    orderShip(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderShipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDeliver($input: OrderStatusChangeInput!) {\n    orderDeliver(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderDeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderCancel($input: OrderStatusChangeInput!) {\n    orderCancel(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderShippingCostUpdate($input: OrderShippingCostUpdateInput!) {\n    orderShippingCostUpdate(input: $input) {\n      order {\n        id\n        total {\n          amount\n          currencyCode\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderShippingCostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderReorder($input: OrderReorderInput!) {\n    orderReorder(input: $input) {\n      addedLineCount\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderReorderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubDashboard($days: Int!) {\n    hubDashboard(days: $days) {\n      days\n      submittedOrderCount\n      pendingApprovalCount\n      registrationRequestCount\n      failedEmailCount\n      today {\n        from\n        to\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      yesterday {\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      week {\n        from\n        to\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      previousWeek {\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      series {\n        day\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      topCustomers {\n        customerId\n        customerNumber\n        name\n        orderCount\n        value {\n          amount\n          currencyCode\n        }\n      }\n      topProducts {\n        productId\n        reference\n        name\n        quantity\n        value {\n          amount\n          currencyCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductFormOptions {\n    brands {\n      id\n      name\n    }\n    seasons {\n      id\n      name\n    }\n    manufacturers {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').ProductFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubProduct($id: ID!) {\n    product(id: $id) {\n      id\n      reference\n      barcode\n      name\n      description\n      unit\n      packSize\n      active\n      imageUrl\n      brand {\n        id\n      }\n      season {\n        id\n      }\n      manufacturer {\n        id\n      }\n      tags {\n        id\n      }\n      prices {\n        amount {\n          amount\n          currencyCode\n        }\n        priceLevel {\n          id\n          name\n          code\n          currencyCode\n        }\n      }\n      stockLevels {\n        quantity\n        storageLocation {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductUpdate($input: ProductUpdateInput!) {\n    productUpdate(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistrationRequestSubmit($input: RegistrationRequestSubmitInput!) {\n    registrationRequestSubmit(input: $input) {\n      received\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegistrationRequestSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationSettings {\n    viewer {\n      language\n    }\n    storeSettings {\n      storeName\n      selfRegistrationEnabled\n    }\n  }\n"): typeof import('./graphql.js').RegistrationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationRequests($first: Int!, $after: String, $status: RegistrationStatus) {\n    registrationRequests(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          companyName\n          contactName\n          email\n          language\n          status\n          previouslyRefused\n          createdAt\n          decidedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegistrationRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationRequest($id: ID!) {\n    registrationRequest(id: $id) {\n      id\n      companyName\n      contactName\n      email\n      phone\n      address\n      vatNumber\n      message\n      language\n      status\n      previouslyRefused\n      createdAt\n      decidedAt\n      refusalReason\n      customer {\n        id\n        name\n        customerNumber\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegistrationRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistrationRequestApprove($input: RegistrationRequestApproveInput!) {\n    registrationRequestApprove(input: $input) {\n      registrationRequest {\n        id\n        status\n      }\n      storeAccess {\n        id\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegistrationRequestApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistrationRequestRefuse($input: RegistrationRequestRefuseInput!) {\n    registrationRequestRefuse(input: $input) {\n      registrationRequest {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegistrationRequestRefuseDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
